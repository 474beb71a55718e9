// Keyboard only: the skip link comes first, then the search field, Enter submits, and
// every stop along the page shows where the focus is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { focused, smallTargets } from '../lib/checks.js';
import { organisationPath } from '../lib/site.js';

for (const device of devices) {
  test(`skip link, search field, Enter submits (${device.name})`, () => withPage(device, async (page) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.className, 'skip');
    assert.ok(skip.visible, 'the skip link shows when focused');
    assert.deepEqual(await smallTargets(page).then((list) => list.filter((t) => t.includes('Перейти'))), []);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'q');
    await page.keyboard.type('музей');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'музей');
  }));

  test(`focus is visible on every stop of the home and an organisation page (${device.name})`, () => withPage(device, async (page) => {
    const hidden = [];
    for (const path of ['/', await organisationPath(page, { assessed: true })]) {
      await page.goto(path);
      for (let stops = 0; stops < 60; stops++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        if (stop.tag === 'body') break;
        if (!stop.visible) hidden.push(`${path}: ${stop.tag} "${stop.text}"`);
      }
    }
    assert.deepEqual(hidden, []);
  }));
}
