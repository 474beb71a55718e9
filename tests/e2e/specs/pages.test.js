// Every public page, in the normal version and the one for the visually impaired: no axe
// violations, labelled controls, no sideways scrolling, big enough tap targets on a phone,
// and a light weight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { overflowing, pageWeight, smallTargets, unlabelledControls } from '../lib/checks.js';
import { publicPages } from '../lib/site.js';

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
