// Invitations after a service in the browser: an organisation's list added and sent with the
// `nok` binary to a real SMTP server (tests/support/smtp_sink.py), the personal link read from
// the mail it received opened on a phone and a
// desktop — its button signs the person in and leads to the survey, whose answer counts as a
// confirmed recipient's, its stop page ends every
// invitation — and the cabinet's invitations page for the organisation's staff. axe-core on
// each page when JavaScript runs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';
import { answerAll } from '../lib/survey.js';

const flows = [devices[0], devices[3]];  // phone with JavaScript, desktop without
const [[code]] = sql(`SELECT o.code FROM organisations o JOIN cycle_organisations co ON co.organisation_id = o.id
  JOIN cycles c ON c.id = co.cycle_id AND c.year = CAST(strftime('%Y', 'now') AS INTEGER)
  WHERE c.state IN ('draft', 'collecting') ORDER BY o.code LIMIT 1`);
const nok = process.env.NOK_E2E_BINARY, db = process.env.NOK_E2E_DB_URL;

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const accepting = (port) => new Promise((resolve) => {
  const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
  socket.on('error', () => resolve(false));
});

// A real SMTP server on loopback that keeps what it accepts in a Maildir.
async function startSmtpSink() {
  const maildir = join(mkdtempSync(join(tmpdir(), 'nok-e2e-smtp-')), 'maildir');  // the sink makes it
  const port = await freePort();
  // Debian's python3, where python3-aiosmtpd is installed (not a python3 earlier on the PATH).
  const sink = spawn('/usr/bin/python3', [new URL('../../support/smtp_sink.py', import.meta.url).pathname, String(port), maildir, '0'],
    { stdio: 'ignore' });
  after(() => sink.kill());
  for (let tries = 0; tries < 100 && !(await accepting(port)); ++tries) await new Promise((r) => setTimeout(r, 50));
  return { url: `smtp://127.0.0.1:${port}`, received: join(maildir, 'new') };
}
const smtp = await startSmtpSink();

// Adds one invitee per flow and sends them at once (no delay, no quiet hours): the links.
function invite() {
  const dir = mkdtempSync(join(tmpdir(), 'nok-e2e-invitations-'));
  const served = new Date(Date.now() - 3600 * 1000).toISOString().slice(0, 19) + 'Z';
  const rows = flows.map((_, n) => `e2e-invited-${n}@example.ru,${served},${served},регистратура,v1`);
  writeFileSync(join(dir, 'list.csv'), ['contact,service_date,consent_at,consent_place,consent_version', ...rows].join('\n'));
  const env = { ...process.env, NOK_INVITATION_DELAY_HOURS: '0', NOK_INVITATION_QUIET_FROM: '0', NOK_INVITATION_QUIET_TO: '0',
                NOK_PUBLIC_URL: process.env.NOK_E2E_URL, NOK_SMTP_URL: smtp.url };
  delete env.NOK_MAIL_OUTBOX;
  execFileSync(nok, ['invitations', 'add', '--db', db, '--org', code, join(dir, 'list.csv')], { env, stdio: 'ignore' });
  execFileSync(nok, ['invitations', 'send', '--db', db], { env, stdio: 'ignore' });
  return flows.map((_, n) => {
    const mail = readdirSync(smtp.received).map((f) => readFileSync(join(smtp.received, f), 'utf8'))
      .find((m) => m.includes(`To: e2e-invited-${n}@example.ru`));
    return mail.match(/\/i\/([0-9]+-[0-9a-f]+)/)[1];
  });
}

const tokens = invite();
const staff = 'e2e-invitations-staff';
addStaff(staff, 'org_staff', ['--org', code]);

flows.forEach((device, n) => {
  test(`an invited person answers by the link and then stops invitations (${device.name})`, async () => {
    await withPage(device, async (page) => {
      await page.goto(`/i/${tokens[n]}`);
      assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Приглашение оценить/);
      if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
      await page.getByRole('button', { name: 'Перейти к анкете' }).click();
      await page.waitForURL(new RegExp(`/o/${code}/survey`));
      const [[before]] = sql('SELECT COUNT(*) FROM responses WHERE confirmed_recipient = 1');
      await answerAll(page, device.isMobile && device.javaScriptEnabled);
      await page.waitForURL(new RegExp(`/o/${code}/survey/sent`));
      const [[after]] = sql('SELECT COUNT(*) FROM responses WHERE confirmed_recipient = 1');
      assert.equal(after, before + 1, 'the answer counts as a confirmed recipient\'s');
      await page.goto(`/i/${tokens[n]}/stop`);
      if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
      await page.getByRole('button', { name: 'Больше не присылать' }).click();
      assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Приглашений больше не будет/);
      await page.goto(`/i/${tokens[n]}`);
      assert.match(await page.locator('main').textContent(), /анкета уже заполнена/);  // answered, then stopped
    });
  });
});

test('the organisation\'s staff see the invitations in numbers and issue a key', async () => {
  await withPage(devices[0], async (page) => {
    await staffSignIn(page, staff);
    await page.goto(`/cabinet/${code}`);
    await page.getByRole('link', { name: 'Приглашения после услуги' }).click();
    await page.waitForURL(/\/invitations$/);
    assert.match(await page.locator('main').textContent(), /Отправлено\s*2/);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    await page.getByLabel(/Название ключа/).fill('Запись к врачу');
    await page.getByRole('button', { name: 'Выпустить ключ' }).click();
    assert.match(await page.getByRole('status').first().textContent(), /nok_inv_/);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
  });
});
