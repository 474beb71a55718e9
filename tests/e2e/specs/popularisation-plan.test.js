// An authority's plan of popularisation measures: its official opens it from /official, adds a
// measure through the form without JavaScript, sees it in the table with its effect, gets the
// error summary (focused) for an end before the start, and every state of the page passes axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';

const [[authority]] = sql(`SELECT a.name FROM authorities a JOIN cycles c ON c.authority_id = a.id
  AND c.year = CAST(strftime('%Y', 'now') AS INTEGER) ORDER BY a.name LIMIT 1`);
addStaff('plan-official', 'official', ['--authority', authority]);
const year = String(new Date().getUTCFullYear());

for (const device of [devices[0], devices[2]]) {
  test(`an official adds a measure and sees it in the plan (${device.name})`, () => withPage(device, async (page) => {
    await staffSignIn(page, 'plan-official');
    await page.goto('/official');
    await page.getByRole('link', { name: 'План мероприятий по популяризации' }).click();
    await page.waitForURL(/\/authorities\/\d+\/popularisation/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `План мероприятий по популяризации на ${year} год`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);

    const title = `Плакаты с QR-кодом у входа (${device.name})`;
    await page.getByLabel('Вид мероприятия').selectOption('stand_qr_code');
    await page.getByLabel('Мероприятие', { exact: true }).fill(title);
    await page.getByLabel('Дата начала').fill(`${year}-05-01`);
    await page.getByLabel('Дата окончания').fill(`${year}-04-01`);
    await page.getByLabel('Ответственный').fill('Отдел общего образования');
    await page.getByRole('button', { name: 'Добавить в план' }).click();
    const summary = page.locator('#error-summary');
    assert.equal(await summary.isVisible(), true);
    assert.match(await summary.textContent(), /Дата окончания раньше даты начала/);
    if (device.javaScriptEnabled) {
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    }
    assert.deepEqual(await axeViolations(page), [], `axe on the refused form`);

    await page.getByLabel('Дата начала').fill(`${year}-03-01`);
    await page.getByLabel('Дата окончания').fill(`${year}-03-31`);
    await page.getByLabel('Ссылка на подтверждение').fill('https://example.ru/news/1');
    await page.getByRole('button', { name: 'Добавить в план' }).click();
    await page.waitForURL(/done=added/);
    assert.match(await page.getByRole('status').textContent(), /Мероприятие добавлено в план/);
    const row = page.getByRole('row', { name: new RegExp(title.replace(/[()]/g, '\\$&')) });
    assert.match(await row.textContent(), /8\. QR-коды на информационных стендах/);
    assert.match(await row.textContent(), /запланировано/);
    assert.match(await row.textContent(), /Сканирований QR-кода: /);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
  }));
}
