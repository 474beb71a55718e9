// First paint of the organisation page (the QR code's target) and of the survey on a cheap
// phone over a slow mobile network: Chromium's "Slow 3G" (2 s latency a request, 400 kbit/s
// each way) and its CPU slowed down 4×, through the DevTools protocol as Lighthouse does it.
// A fresh browser context each run (no cache, no open connection); the citizen's session for
// the survey is opened beforehand without throttling. Prints each run and the median, beside
// the same for a page of three bytes (the floor the network and the slow CPU set).
// Usage: node bench/first_paint.mjs BASE_URL ORG_CODE OUTBOX_DIR [RUNS]   (bench/first_paint.sh)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [baseURL, code, outbox, runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);
// Chromium DevTools' "Slow 3G" preset: 500 kbit/s × 0.8 each way, 400 ms × 5 of latency a request.
const slow3g = { offline: false, latency: 2000, downloadThroughput: (500 * 1000) / 8 * 0.8, uploadThroughput: (500 * 1000) / 8 * 0.8 };
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'ru-RU' };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Signs a citizen in by e-mail (the code from the server's outbox) and returns the cookies.
async function citizenCookies() {
  const context = await browser.newContext({ ...phone, baseURL });
  const page = await context.newPage();
  const email = `first-paint-${Date.now()}@example.ru`;
  await page.goto(`/o/${code}/survey`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByRole('button', { name: 'Получить код' }).click();
  await page.getByLabel('Код из письма (6 цифр)').waitFor();
  let sent = '';
  for (const file of readdirSync(outbox).sort().reverse()) {
    const text = readFileSync(`${outbox}/${file}`, 'utf8');
    if (text.includes(email)) { sent = text.match(/\b(\d{6})\b/)[1]; break; }
  }
  await page.getByLabel('Код из письма (6 цифр)').fill(sent);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => url.pathname === `/o/${code}/survey`);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

// One cold load of `path` under the throttling: first paint and first contentful paint (ms
// from the navigation's start), the bytes received and the requests made before "load".
async function measure(path, cookies) {
  const context = await browser.newContext({ ...phone, baseURL });
  if (cookies) await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0, requests = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; ++requests; });
  const response = await page.goto(path, { waitUntil: 'load' });
  if (response.status() !== 200) throw new Error(`${path}: HTTP ${response.status()}`);
  if (!response.url().endsWith(path)) throw new Error(`${path}: redirected to ${response.url()}`);
  // Paint entries are queued after the frame is presented, which may come after "load".
  const paints = await page.evaluate(() => new Promise((resolve) => {
    const seen = {};
    new PerformanceObserver((list) => {
      for (const p of list.getEntries()) seen[p.name] = p.startTime;
      if (seen['first-contentful-paint'] !== undefined) resolve(seen);
    }).observe({ type: 'paint', buffered: true });
  }));
  await context.close();
  return { fp: paints['first-paint'], fcp: paints['first-contentful-paint'], bytes, requests };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const cookies = await citizenCookies();
// The baseline: /healthz, three bytes of text — what the network and the slowed-down browser
// cost before any page of ours adds to it.
for (const [title, path, withCookies] of [['baseline /healthz (3 bytes of text)', '/healthz', null],
  ['organisation page', `/o/${code}`, null], ['survey', `/o/${code}/survey`, cookies]]) {
  const results = [];
  for (let i = 0; i < runs; ++i) results.push(await measure(path, withCookies));
  for (const r of results)
    console.log(`${title}: first paint ${r.fp.toFixed(0)} ms, first contentful paint ${r.fcp.toFixed(0)} ms, ` +
      `${r.bytes} bytes in ${r.requests} requests`);
  console.log(`${title}, median of ${runs}: first contentful paint ${median(results.map((r) => r.fcp)).toFixed(0)} ms ` +
    '(target < 2500 ms on Slow 3G with 4× CPU slowdown; the network alone takes 2000 ms a round trip)');
}
await browser.close();
