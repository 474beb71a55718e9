// A citizen finds an organisation by a Russian word and lands on its page; a wrong code
// gets a friendly 404 that leads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { searchLabel } from '../lib/site.js';

for (const device of devices) {
  test(`home → search → results → organisation (${device.name})`, () => withPage(device, async (page) => {
    await page.goto('/');
    await page.getByLabel(searchLabel).fill('библиотека');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/\/search\?/);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'библиотека');
    assert.equal(await page.getByLabel(searchLabel).inputValue(), 'библиотека');
    assert.match(await page.getByRole('status').textContent(), /^Найдено: \d+/);

    const first = page.locator('.results a').first();
    const name = (await first.textContent()).trim();
    await first.click();
    await page.waitForURL(/\/o\/\w+$/);
    assert.equal((await page.locator('h1').textContent()).trim(), name);
    assert.ok((await page.title()).startsWith(`${name} — `));
    assert.equal(await page.locator('dt', { hasText: 'ИНН' }).count(), 1);
  }));

  test(`unknown organisation code shows the friendly 404 (${device.name})`, () => withPage(device, async (page) => {
    const response = await page.goto('/o/zzzzzzz');
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('h1').textContent(), 'Организация не найдена');
    await page.getByRole('link', { name: 'Поиск организации' }).click();
    await page.waitForURL(/\/search$/);
    assert.equal(await page.getByLabel(searchLabel).count(), 1);
  }));
}
