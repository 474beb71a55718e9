// The posters' ZIP of an authority (a few organisations, not the demo's 300): with
// JavaScript the page counts the organisations as the archive streams in and saves it;
// without, the form is the browser's own download. axe-core on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';

// An authority assessing few organisations this year (the demo spreads them thin).
const [[authority]] = sql(`SELECT a.name FROM authorities a JOIN cycles c ON c.authority_id = a.id
  AND c.year = CAST(strftime('%Y', 'now') AS INTEGER) JOIN cycle_organisations co ON co.cycle_id = c.id
  GROUP BY a.id ORDER BY COUNT(*) DESC, a.name LIMIT 1`);
addStaff('posters-official', 'official', ['--authority', authority]);

[devices[2], devices[3]].forEach((device) => {
  test(`an official downloads the authority's posters (${device.name})`, () => withPage(device, async (page) => {
    await staffSignIn(page, 'posters-official');
    await page.goto('/official/posters');
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать архив' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^Плакаты-.+-A4\.zip$/);  // in words, with or without the script
    if (device.javaScriptEnabled) {
      const done = await page.locator('#posters-progress').textContent();
      const [, n, m] = /Готово: (\d+) из (\d+) организаций/.exec(done) ?? [];
      assert.ok(Number(m) > 0 && n === m, done);
    } else {
      const response = await page.request.get('/official/posters.zip?region=&format=a4');
      assert.match(response.headers()['content-disposition'], /^attachment; filename="Plakaty-[^"]+-A4\.zip"; filename\*=UTF-8''/);
    }
  }));
});
