// Signing a citizen in through the real form, reading the one-time code from the mail
// outbox the test server writes (NOK_MAIL_OUTBOX).
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const outbox = process.env.NOK_E2E_OUTBOX;

function latestCode(email) {
  const files = readdirSync(outbox).sort();
  for (const file of files.reverse()) {
    const text = readFileSync(`${outbox}/${file}`, 'utf8');
    if (text.includes(`To: ${email}`)) return text.match(/\b(\d{6})\b/)[1];
  }
  assert.fail(`no code was mailed to ${email}`);
}

// Goes to `path`, which sends visitors to /login, and signs in as `email`; ends on `path`.
export async function signInThrough(page, path, email) {
  await page.goto(path);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByRole('button', { name: 'Получить код' }).click();
  await page.getByLabel('Код из письма (6 цифр)').fill(latestCode(email));
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => url.pathname === path);
}
