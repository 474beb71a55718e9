// The field mode offline: an operator engaged in an organisation's cycle opens
// /operator/field, loses the connection, saves an interview on the device, and the queue
// empties when the connection is back. The first sync's answer is lost on the way (the
// server stored it), so the interview is sent twice and must be counted once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addOperator, addStaff, sql, staffSignIn } from '../lib/staff.js';

const desktop = devices[2];
const operatorName = 'ООО «Опрос на выезде»';
// The last organisation of this year's cycles (other specs take the first ones); ids as
// text, since they do not fit in a JavaScript number.
const [[code, shortName, cycleId]] = sql(`SELECT o.code, o.short_name, CAST(c.id AS TEXT) FROM organisations o
  JOIN cycle_organisations co ON co.organisation_id = o.id
  JOIN cycles c ON c.id = co.cycle_id AND c.year = CAST(strftime('%Y', 'now') AS INTEGER) AND c.state = 'collecting'
  ORDER BY o.code DESC LIMIT 1`);

async function collected(page) {
  await page.goto('/operator');
  const row = page.locator('tr', { has: page.getByRole('link', { name: shortName, exact: true }) });
  return parseInt(await row.locator('td').nth(2).textContent(), 10);  // after «Ввод» and «Нужно ответов»
}

test('an interview saved offline is sent once the connection is back, and counted once', async () => {
  addOperator(operatorName, '7728168971');
  sql(`UPDATE cycles SET operator_id = (SELECT id FROM operators WHERE name = '${operatorName}') WHERE id = ${cycleId}`);
  addStaff('field-operator', 'operator', ['--operator', operatorName]);

  await withPage(desktop, async (page) => {
    await staffSignIn(page, 'field-operator');
    const before = await collected(page);
    await page.getByRole('link', { name: 'Опрос на выезде (работает без связи)' }).click();
    await page.getByLabel('Организация').selectOption(code);
    await page.getByRole('button', { name: 'Выбрать' }).click();
    await page.waitForURL(`**/operator/field?org=${code}`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    await page.evaluate(() => navigator.serviceWorker.ready);  // the page and its files are cached

    const status = page.locator('#field-status');
    await page.context().setOffline(true);
    for (const yes of await page.locator('fieldset.question input[type="radio"][value="1"]').all()) await yes.check();
    await page.getByRole('button', { name: 'Сохранить анкету' }).click();
    await status.filter({ hasText: 'Сохранено на устройстве, будет отправлено при подключении (1 в очереди)' }).waitFor();
    assert.equal(await page.locator('fieldset.question input[type="radio"][value="1"]:checked').count(), 0, 'the form is cleared');

    // The server stores the first sync but its answer never arrives: the interview stays queued.
    let synced = 0, answerLost;
    const lost = new Promise((resolve) => { answerLost = resolve; });
    await page.route('**/api/v1/operator/interviews', async (route) => {
      synced++;
      await route.fetch();
      await route.abort('connectionreset');
      answerLost();
    });
    await page.context().setOffline(false);  // the browser's `online` event starts the sync
    await lost;
    assert.equal(synced, 1);
    await status.filter({ hasText: '(1 в очереди)' }).waitFor();
    await page.unroute('**/api/v1/operator/interviews');

    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await status.filter({ hasText: 'Очередь пуста' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe after the sync');

    assert.equal(await collected(page), before + 1, 'sent twice, counted once');
  });
});
