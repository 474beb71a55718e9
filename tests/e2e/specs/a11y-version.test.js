// The version for the visually impaired: one tap from every page turns it on and keeps the
// person on the page; its settings (text size, colours, letter spacing, images) are a form
// that needs no JavaScript and hold on every page; no combination of them pushes a page
// sideways at 320 px, and each colour scheme passes axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { organisationPath } from '../lib/site.js';
import { signInThrough } from '../lib/sign_in.js';

const fontSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const bodyClass = (page) => page.evaluate(() => document.body.className);

for (const device of devices) {
  test(`version for the visually impaired on, set up and off (${device.name})`, () => withPage(device, async (page) => {
    const path = await organisationPath(page);
    await page.goto(path);
    const normal = await fontSize(page);

    await page.getByRole('link', { name: 'Версия для слабовидящих' }).click();
    await page.waitForURL((url) => url.pathname === path);
    assert.equal(await bodyClass(page), 'a11y size-2 scheme-white');
    assert.ok(await fontSize(page) > normal, 'larger type');

    await page.getByRole('link', { name: 'Настройки версии для слабовидящих' }).click();
    await page.getByRole('heading', { name: 'Версия для слабовидящих' }).waitFor();
    await page.getByLabel('Самый крупный').check();
    await page.getByLabel('Белый текст на чёрном фоне').check();
    await page.getByLabel('Увеличенное').check();
    await page.getByLabel('Не показывать').check();
    await page.getByRole('button', { name: 'Применить' }).click();
    await page.waitForURL((url) => url.pathname === path);
    assert.equal(await bodyClass(page), 'a11y size-3 scheme-black spacing-wide no-images');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(0, 0, 0)');

    await page.goto('/');
    assert.equal(await bodyClass(page), 'a11y size-3 scheme-black spacing-wide no-images', 'the choice is kept on other pages');
    await page.goto(path);

    await page.getByRole('link', { name: 'Обычная версия сайта' }).click();
    await page.waitForURL((url) => url.pathname === path);
    assert.equal(await bodyClass(page), '');
    assert.equal(await fontSize(page), normal);
  }));
}

test('the normal text follows the size the browser is set to', () => withPage(devices[2], async (page) => {
  await page.goto('/');
  const normal = await fontSize(page);
  await page.evaluate(() => { document.documentElement.style.fontSize = '20px'; });  // as a larger default size does
  assert.equal(await fontSize(page), normal * 20 / 16);
}));

// Every combination of the settings: 3 sizes × 3 colour schemes × 2 spacings × images on/off.
const combinations = [];
for (const size of '123') for (const scheme of 'wbl') for (const spacing of 'nw') for (const images of 'yn') combinations.push(size + scheme + spacing + images);

const narrow = { name: 'phone 320 px, no JS', viewport: { width: 320, height: 640 }, javaScriptEnabled: false, isMobile: true, hasTouch: true };

test('no page is wider than 320 px in any combination of the settings', () => withPage(narrow, async (page) => {
  const organisation = await organisationPath(page, { assessed: true });
  await signInThrough(page, '/me', 'e2e-large@example.ru');
  const paths = ['/', '/search?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0', organisation, `${organisation}/survey`, `${organisation}/rate`,
    `${organisation}/opinion?agrees=1`, `${organisation}/review`, `${organisation}/appeal`, `${organisation}/reviews`,
    `${organisation}/results`, `${organisation}/plan`, '/me', `/a11y/settings?back=${encodeURIComponent(organisation)}`,
    '/login', '/opendata', '/no-such-page'];
  const context = page.context();
  const wide = [];
  assert.equal(combinations.length, 36);
  for (const value of combinations) {
    await context.addCookies([{ name: 'a11y', value, url: page.url() }]);
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} with ${value}: ${width} px`);
    }
  }
  assert.deepEqual(wide, []);
}));

test('every colour scheme passes axe on a phone and a desktop', () => withPage(devices[0], async (page) => {
  const organisation = await organisationPath(page, { assessed: true });
  await signInThrough(page, `${organisation}/rate`, 'e2e-schemes@example.ru');
  const context = page.context();
  for (const viewport of [devices[0].viewport, devices[2].viewport]) {
    await page.setViewportSize(viewport);
    for (const scheme of 'wbl') {
      await context.addCookies([{ name: 'a11y', value: `2${scheme}ny`, url: page.url() }]);
      for (const path of [organisation, `${organisation}/survey`, `${organisation}/rate`, '/a11y/settings', '/me']) {
        await page.goto(path);
        assert.deepEqual(await axeViolations(page), [], `${path}, scheme ${scheme}, ${viewport.width} px`);
      }
    }
  }
}));
