// Signing a citizen in through the real form, reading the one-time code from the outboxes
// the test server writes: mail (NOK_MAIL_OUTBOX, .eml) and SMS (NOK_SMS_OUTBOX, .txt).
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

// How each kind of contact is typed, where its code arrives and how the message names it.
const ways = {
  email: { field: 'Адрес электронной почты', code: 'Код из письма (6 цифр)', outbox: process.env.NOK_E2E_OUTBOX,
    recipient: (email) => email },
  phone: { field: 'номер мобильного телефона', code: 'Код из SMS (6 цифр)', outbox: process.env.NOK_E2E_SMS_OUTBOX,
    recipient: (phone) => phone.replace(/[^+\d]/g, '') },  // "+7 900 000-00-01" → "+79000000001"
};

// The messages sent to `contact` so far, the newest first.
function messagesTo(way, contact) {
  const to = `To: ${way.recipient(contact)}\n`;
  return readdirSync(way.outbox).sort().reverse()
    .map((file) => readFileSync(`${way.outbox}/${file}`, 'utf8').replaceAll('\r\n', '\n'))
    .filter((text) => text.includes(to));
}

function latestCode(way, contact) {
  const [newest] = messagesTo(way, contact);
  if (!newest) assert.fail(`no code was sent to ${contact}`);
  return newest.match(/\b(\d{6})\b/)[1];
}

// Goes to `path`, which sends visitors to /login, signs in with `contact` and ends on `path`;
// `onEachPage(page)`, when given, runs on the contact form and on the code form.
async function signIn(way, page, path, contact, onEachPage = async () => {}) {
  await page.goto(path);
  await page.waitForURL(/\/login\?next=/);
  await onEachPage(page);
  await page.getByLabel(way.field).fill(contact);
  await page.getByRole('button', { name: 'Получить код' }).click();
  await page.getByLabel(way.code).waitFor();
  await onEachPage(page);
  await page.getByLabel(way.code).fill(latestCode(way, contact));
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

export const signInThrough = (page, path, email, onEachPage) => signIn(ways.email, page, path, email, onEachPage);
export const signInByPhone = (page, path, phone, onEachPage) => signIn(ways.phone, page, path, phone, onEachPage);
export const contactLabel = ways.phone.field;
export const smsCodeLabel = ways.phone.code;
export const smsSentTo = (phone) => messagesTo(ways.phone, phone).length;
export const latestSmsCode = (phone) => latestCode(ways.phone, phone);
