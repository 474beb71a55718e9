// The monitoring of an authority's official: the page passes axe-core, the filter form
// works without JavaScript (the URL is the bookmark), a row's name leads one level down
// with the breadcrumbs following, and the XLSX of the same view and the authority's yearly
// report (DOCX) download under Russian names and say what the page said, read back with the
// project's own XLSX reader and by unzipping the DOCX (tools/document_text.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';

// The authority assessing the most organisations with a municipality this year (the demo
// gives one to municipal organisations only), so that its table has a level below.
const [[authority]] = sql(`SELECT a.name FROM authorities a JOIN cycles c ON c.authority_id = a.id
  AND c.year = CAST(strftime('%Y', 'now') AS INTEGER) JOIN cycle_organisations co ON co.cycle_id = c.id
  JOIN organisations o ON o.id = co.organisation_id AND o.municipality <> ''
  GROUP BY a.id ORDER BY COUNT(*) DESC, a.name LIMIT 1`);
addStaff('monitoring-official', 'official', ['--authority', authority]);
const year = String(new Date().getUTCFullYear());

// A download saved and read back as text, one line a row or paragraph.
async function documentText(download) {
  assert.equal(await download.failure(), null);
  const path = join(mkdtempSync(join(tmpdir(), 'nok-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  return execFileSync(process.env.NOK_E2E_DOCUMENT_TEXT, [path], { encoding: 'utf8' });
}

devices.forEach((device) => {
  test(`an official filters, drills down and downloads the monitoring (${device.name})`, () => withPage(device, async (page) => {
    await staffSignIn(page, 'monitoring-official');
    await page.getByRole('link', { name: 'Мониторинг' }).click();
    await page.waitForURL(/\/monitoring/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Мониторинг за ${year} год`);
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);

    // The filter form is a plain GET: its choices land in the URL.
    await page.getByLabel('Год', { exact: true }).selectOption(year);
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL((url) => url.searchParams.get('year') === year);

    // One level down: the first municipality of the participation table.
    const participation = page.getByRole('table', { name: /^Участие/ });
    const first = participation.locator('tbody th a').first();
    const name = (await first.textContent()).trim();
    await first.click();
    await page.waitForURL((url) => url.searchParams.has('municipality'));
    const crumbs = page.getByRole('navigation', { name: 'Уровни мониторинга' });
    assert.equal((await crumbs.locator('[aria-current="page"]').textContent()).trim(), name);
    assert.ok(await crumbs.getByRole('link', { name: authority }).isVisible());
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'таблица Excel (XLSX)' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), new RegExp(`^Мониторинг-.+-${year}\\.xlsx$`));
    // The first sheet holds the totals of the view: its year, authority and municipality.
    const [header, totals] = (await documentText(file)).split('\n').map((line) => line.split('\t'));
    const cell = (title) => totals[header.indexOf(title)];
    assert.equal(cell('Год'), year);
    assert.equal(cell('Уполномоченный орган'), authority);
    assert.equal(cell('Муниципалитет'), name);

    const report = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Word (DOCX)' }).click();
    const docx = await report;
    assert.match(docx.suggestedFilename(), /\.docx$/);
    const text = await documentText(docx);
    assert.ok(text.includes(authority), `the report names ${authority}`);
    assert.match(text, /отзыв/i);
  }));
});
