// Every public page, in the normal version and the one for the visually impaired: no axe
// violations, labelled controls, no sideways scrolling, big enough tap targets on a phone,
// and a light weight; on a phone the header is one line whose links stand apart; the signed-in
// citizen's forms pass axe empty and with their errors, which take the focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { errorSummaryFocused, overflowing, pageWeight, smallTargets, unlabelledControls } from '../lib/checks.js';
import { organisationPath, publicPages } from '../lib/site.js';
import { signInThrough } from '../lib/sign_in.js';

const maxBytes = 30 * 1024;
const paths = await withPage(devices[0], publicPages);

for (const device of devices) {
  for (const a11y of [false, true]) {
    const version = a11y ? ', for the visually impaired' : '';
    for (const path of paths) {
      test(`${decodeURIComponent(path)} (${device.name}${version})`, () => withPage(device, async (page) => {
        const bytes = await pageWeight(page, path);
        assert.ok(bytes < maxBytes, `HTML+CSS ${bytes} bytes, limit ${maxBytes}`);
        assert.deepEqual(await unlabelledControls(page), [], 'form controls without a label');
        assert.deepEqual(await overflowing(page), [], 'content wider than the screen');
        if (device.viewport.width < 500) assert.deepEqual(await smallTargets(page), [], 'tap targets under 44×44 px');
        // axe runs on timers, so only where JavaScript is on; the HTML is the same without it.
        if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], 'axe WCAG 2.1 AA violations');
      }, { a11y }));
    }
  }
}

// The header's links, each as its box; they stand apart when no two on a line touch.
const headerLinks = (page) => page.locator('.top a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON()));

for (const device of devices.filter((d) => d.isMobile)) {
  test(`the header on a phone is one line, its links apart, signed out and in (${device.name})`, () => withPage(device, async (page) => {
    for (const signedIn of [false, true]) {
      if (signedIn) await signInThrough(page, '/me', `e2e-header-${device.javaScriptEnabled}@example.ru`);
      await page.goto('/');
      const links = await headerLinks(page);
      assert.equal(links.length, 3);
      assert.ok(links.every((box) => box.top === links[0].top), `one line: ${JSON.stringify(links)}`);
      for (let i = 1; i < links.length; ++i) assert.ok(links[i].left - links[i - 1].right >= 8, 'links apart');
      const header = await page.locator('.top').boundingBox();
      assert.ok(header.height <= 60, `the header is ${header.height} px high`);
    }
  }));
}

// The citizen's forms, empty and sent back with their errors: axe finds nothing, and a sent
// back form puts the focus on its error summary and «Ошибка:» first in its title.
for (const device of devices.filter((d) => d.javaScriptEnabled)) {
  test(`the citizen's forms and their errors (${device.name})`, () => withPage(device, async (page) => {
    const organisation = await organisationPath(page, { assessed: true });
    await signInThrough(page, '/me', `e2e-forms-${device.viewport.width}@example.ru`);
    assert.deepEqual(await axeViolations(page), [], '/me');
    for (const form of ['rate', 'opinion', 'review', 'appeal', 'measures']) {
      await page.goto(`${organisation}/${form}`);
      assert.deepEqual(await axeViolations(page), [], form);
      await page.locator('main button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
      assert.match(await page.title(), /^Ошибка: /, form);
      assert.ok(await errorSummaryFocused(page), `${form}: the focus is on the error summary`);
      for (const href of await page.locator('#error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
        assert.equal(await page.locator(`${href}:is(input, textarea, select)`).count(), 1, `${form}: ${href}`);
      assert.deepEqual(await axeViolations(page), [], `${form} with errors`);
    }
  }));
}
