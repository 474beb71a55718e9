// A terminal in the hall on a tablet: the organisation's staff register it in the cabinet,
// a visitor answers the survey with large touch targets, and a minute without a touch — or
// the thanks page — brings the start page back with nothing of the visitor left: no answer
// checked, no text, nothing in the browser's storage. Without JavaScript the form works and
// a confirmed number makes the answer the citizen's. axe-core on each page with JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { smallTargets } from '../lib/checks.js';
import { latestSmsCode } from '../lib/sign_in.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';
import { answerAll } from '../lib/survey.js';

const tablet = { viewport: { width: 800, height: 1280 }, isMobile: true, hasTouch: true };
const devices = [{ name: 'tablet', ...tablet, javaScriptEnabled: true },
                 { name: 'tablet, no JS', ...tablet, javaScriptEnabled: false }];
const [[code]] = sql(`SELECT o.code FROM organisations o JOIN cycle_organisations co ON co.organisation_id = o.id
  JOIN cycles c ON c.id = co.cycle_id AND c.year = CAST(strftime('%Y', 'now') AS INTEGER)
  WHERE c.state IN ('draft', 'collecting') ORDER BY o.code LIMIT 1 OFFSET 1`);
const staff = 'e2e-kiosk-staff';
addStaff(staff, 'org_staff', ['--org', code]);

// Registers a terminal through the cabinet; the path of its address.
async function registerKiosk(name) {
  return withPage(devices[0], async (page) => {
    await staffSignIn(page, staff);
    await page.goto(`/cabinet/${code}/kiosks`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    await page.getByLabel('Где стоит терминал').fill(name);
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    const address = await page.locator('code.secret').textContent();
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    return new URL(address).pathname;
  });
}

const answersAt = (name) => sql(`SELECT r.channel, r.assisted, r.citizen_id IS NOT NULL FROM responses r
  JOIN organisation_keys k ON k.id = r.kiosk_id WHERE k.name = '${name}' ORDER BY r.received_at`);

test('a visitor answers on the tablet, and the terminal starts over after a minute or the thanks page', async () => {
  const home = await registerKiosk('Регистратура, 1 этаж');
  await withPage(devices[0], async (page) => {
    await page.clock.install();
    await page.goto(home);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    await page.getByRole('link', { name: 'Ответить без подтверждения' }).click();
    await page.waitForURL(`${home}/survey`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    assert.deepEqual(await smallTargets(page, 44), [], 'touch targets of at least 44 px');

    // Left mid-form: a minute later the next visitor finds the start page and an empty form.
    await page.locator('fieldset.question').first().getByLabel('Да', { exact: true }).check();
    await page.getByLabel('Ваши предложения').fill('Личное мнение прошлого посетителя');
    await page.clock.fastForward(61_000);
    await page.waitForURL((url) => url.pathname === home);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await page.getByRole('link', { name: 'Ответить без подтверждения' }).click();
    assert.equal(await page.locator('input[type=radio]:checked').count(), 0, 'no answer is left checked');
    assert.equal(await page.getByLabel('Ваши предложения').inputValue(), '');

    // A staff member helps the next one; the thanks page goes back to the start by itself.
    await page.getByLabel('Мне помог сотрудник организации').check();
    await answerAll(page, false);
    await page.waitForURL(`${home}/thanks`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    await page.clock.fastForward(11_000);
    await page.waitForURL((url) => url.pathname === home);
  });
  assert.deepEqual(answersAt('Регистратура, 1 этаж'), [['kiosk', 1, 0]]);
});

test('without JavaScript a number confirmed by SMS on the terminal makes the answer the citizen\'s', async () => {
  const home = await registerKiosk('Холл, 2 этаж');
  await withPage(devices[1], async (page) => {
    await page.goto(home);
    assert.equal(await page.locator('noscript').count(), 1, 'a refresh starts over without scripts');
    await page.getByRole('link', { name: 'Ответить с подтверждением по SMS' }).click();
    await page.getByLabel('Мобильный номер').fill('+7 900 555-44-33');
    await page.getByRole('button', { name: 'Получить код' }).click();
    await page.getByLabel('Код из SMS').fill(latestSmsCode('+7 900 555-44-33'));
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByText('Номер подтверждён').waitFor();
    await answerAll(page, false);
    await page.waitForURL(`${home}/thanks`);
    const cookies = await page.context().cookies();
    assert.deepEqual(cookies.map((c) => c.name).filter((n) => n !== 'a11y'), [], 'no cookie on the terminal');
  });
  assert.deepEqual(answersAt('Холл, 2 этаж'), [['kiosk', 0, 1]]);
});
