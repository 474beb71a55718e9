// The popularisation pages citizens see: the hall monitor's loop of slides (moving by CSS
// alone, standing still and stacked for those who ask for less motion) and an authority's
// web block with the list of organisations its banner leads to. axe-core on each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { overflowing } from '../lib/checks.js';
import { sql } from '../lib/staff.js';

// An organisation assessed this year (its QR code is active) and its authority, whose id is
// read as text: 64-bit ids do not survive JSON's numbers.
const [[code, authority]] = sql(`SELECT o.code, CAST(o.authority_id AS TEXT) FROM organisations o
  JOIN cycle_organisations co ON co.organisation_id = o.id JOIN cycles c ON c.id = co.cycle_id
  AND c.year = CAST(strftime('%Y', 'now') AS INTEGER) ORDER BY o.code LIMIT 1`);

const desktop = devices[2];
const visible = (page, name) => page.getByRole('heading', { name }).isVisible();

test('the screen loop shows one slide at a time, and passes axe', () => withPage(desktop, async (page) => {
  await page.goto(`/o/${code}/screen-loop`);
  await page.waitForTimeout(1000);  // the first slide has faded in
  assert.equal(await visible(page, 'Оцените условия оказания услуг'), true);
  assert.equal(await visible(page, 'Как оценить — три шага'), false);
  assert.equal(await page.locator('script').count(), 0);
  assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
}));

test('with reduced motion the slides stand one under another', () => withPage({ ...desktop, reducedMotion: 'reduce' }, async (page) => {
  await page.goto(`/o/${code}/screen-loop`);
  assert.equal(await visible(page, 'Оцените условия оказания услуг'), true);
  assert.equal(await visible(page, 'Как оценить — три шага'), true);
  const [first, second] = await page.locator('.slide').evaluateAll((slides) => slides.map((s) => s.getBoundingClientRect().top));
  assert.ok(second > first, `slides stacked: ${first}, ${second}`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
}));

for (const device of [devices[0], desktop]) {
  test(`an authority's web block and the list it leads to pass axe (${device.name})`, () => withPage(device, async (page) => {
    await page.goto(`/authorities/${authority}/web-block?size=728x90`);
    assert.deepEqual(await overflowing(page), [], 'content wider than the screen');
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
    const link = await page.locator('.preview a').getAttribute('href');
    await page.goto(new URL(link).pathname + new URL(link).search);
    assert.match(await page.locator('h1').textContent(), /^Организации: /);
    assert.ok(await page.locator('.results a').count() > 0);
    assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
  }));
}
