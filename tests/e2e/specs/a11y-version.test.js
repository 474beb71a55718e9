// The version for the visually impaired switches on and off and keeps the person on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { organisationPath } from '../lib/site.js';

const fontSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

for (const device of devices) {
  test(`version for the visually impaired on and off (${device.name})`, () => withPage(device, async (page) => {
    const path = await organisationPath(page);
    await page.goto(path);
    const normal = await fontSize(page);

    await page.getByRole('link', { name: 'Версия для слабовидящих' }).click();
    await page.waitForURL((url) => url.pathname === path);
    assert.equal(await page.locator('body.a11y').count(), 1);
    assert.ok(await fontSize(page) > normal, 'larger type');

    await page.goto('/');
    assert.equal(await page.locator('body.a11y').count(), 1, 'the choice is kept on other pages');
    await page.goto(path);

    await page.getByRole('link', { name: 'Обычная версия сайта' }).click();
    await page.waitForURL((url) => url.pathname === path);
    assert.equal(await page.locator('body.a11y').count(), 0);
    assert.equal(await fontSize(page), normal);
  }));
}
