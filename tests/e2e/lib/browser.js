// Launching Debian's Chromium and opening pages of the site under test on each device.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const baseURL = process.env.NOK_E2E_URL;
if (!baseURL) throw new Error('NOK_E2E_URL is not set: run the specs through tests/e2e/run.sh');

const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };

// Every spec runs on each of these: the site must work on a cheap phone and without JavaScript.
export const devices = [
  { name: 'phone', viewport: phone, javaScriptEnabled: true, isMobile: true, hasTouch: true },
  { name: 'phone, no JS', viewport: phone, javaScriptEnabled: false, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: desktop, javaScriptEnabled: true },
  { name: 'desktop, no JS', viewport: desktop, javaScriptEnabled: false },
];

// Playwright gives every launch a fresh temporary user-data-dir and removes it on close.
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const local = (url) => url.protocol === 'data:' || url.hostname === '127.0.0.1';

let shared;
after(() => shared?.then((browser) => browser.close()));

// Runs fn(page) in a fresh browser context (no cookies, empty cache) on the device, with
// paths relative to the site, and returns its result. Requests off 127.0.0.1 are blocked
// and fail the test.
export async function withPage(device, fn, { a11y = false } = {}) {
  shared ??= launchBrowser();
  const { name, ...options } = device;
  const context = await (await shared).newContext({ ...options, baseURL, locale: 'ru-RU' });
  if (a11y) await context.addCookies([{ name: 'a11y', value: '1', url: baseURL }]);
  const foreign = [];
  context.on('request', (request) => {
    if (!local(new URL(request.url()))) foreign.push(request.url());
  });
  await context.route((url) => !local(url), (route) => route.abort('blockedbyclient'));
  try {
    const page = await context.newPage();
    const result = await fn(page);
    assert.deepEqual(foreign, [], `requests off 127.0.0.1 on ${device.name}`);
    return result;
  } finally {
    await context.close();
  }
}
