// The website checker in the browser: an organisation's staff press «Проверить сейчас» in the
// cabinet and read the verdict (the organisation's "website" is the block page nok itself
// serves, so the check finds its QR code on loopback), and the authority's official reads the
// coverage table and downloads it. axe-core on both pages when JavaScript runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';

const flows = [devices[0], devices[3]];  // phone with JavaScript, desktop without
// One organisation per flow (the second check of a site within ten minutes is refused), each
// assessed this year: nok serves the QR block of those only.
const orgs = sql(`SELECT o.code, a.name FROM organisations o JOIN cycle_organisations co ON co.organisation_id = o.id
  JOIN cycles c ON c.id = co.cycle_id AND c.year = CAST(strftime('%Y', 'now') AS INTEGER)
  JOIN authorities a ON a.id = o.authority_id ORDER BY o.code DESC LIMIT ${flows.length}`);

flows.forEach((device, n) => {
  const [code, authority] = orgs[n];
  const staff = `e2e-site-staff-${n}`, official = `e2e-site-official-${n}`;
  addStaff(staff, 'org_staff', ['--org', code]);
  addStaff(official, 'official', ['--authority', authority]);
  sql(`UPDATE organisations SET website = '${process.env.NOK_E2E_URL}/o/${code}/website-block' WHERE code = '${code}'`);

  test(`staff check their website and an official reads the coverage (${device.name})`, async () => {
    await withPage(device, async (page) => {
      await staffSignIn(page, staff);
      await page.goto(`/cabinet/${code}`);
      assert.match(await page.locator('#website-check ~ p').first().textContent(), /регулярно открывает сайт/);
      await page.getByRole('button', { name: 'Проверить сейчас' }).click();
      await page.waitForURL(/checked=1/);
      assert.match(await page.getByRole('status').textContent(), /Сайт проверен/);
      assert.match(await page.locator('main').textContent(), /QR-код на сайте ведёт на организацию/);
      if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
      await page.getByRole('button', { name: 'Проверить сейчас' }).click();
      assert.match(await page.getByRole('alert').textContent(), /проверен недавно/);
    });
    await withPage(device, async (page) => {
      await staffSignIn(page, official);
      await page.goto('/monitoring');
      await page.getByRole('link', { name: /Блок НОК на сайтах организаций/ }).click();
      await page.waitForURL(/\/monitoring\/websites/);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Блок НОК на сайтах организаций');
      assert.match(await page.locator('.lead').textContent(), /Блок работает у [1-9]\d* из \d+ организаций/);
      if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
      assert.match(download.suggestedFilename(), /^Сайты-организаций-блок-НОК-\d{4}-\d\d-\d\d\.csv$/);
    });
  });
});
