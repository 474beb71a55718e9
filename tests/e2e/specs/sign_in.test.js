// A citizen signs in by a code sent by SMS or through the OpenID Connect provider (the fake
// one run.sh starts, named «Госуслуги»), and comes back to the page that asked for it; a
// refused number brings the focus to the error summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { errorSummaryFocused } from '../lib/checks.js';
import { contactLabel, signInByPhone, smsCodeLabel, smsSentTo } from '../lib/sign_in.js';

const phones = devices.filter((device) => device.isMobile);
const myPage = 'Мои оценки, отзывы и обращения';

// A device with JavaScript gets axe-core on each page; without it axe cannot run.
const axeOn = (device) => async (page) => {
  if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], page.url());
};

// The text of the elements that describe `field` (aria-describedby), as a screen reader reads it.
async function description(page, field) {
  const ids = (await field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ').trim();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.goto('/me');
  await page.waitForURL(/\/login\?next=/);
}

phones.forEach((device, i) => {
  test(`sign in by a mobile number, see my page, sign out (${device.name})`, () => withPage(device, async (page) => {
    await signInByPhone(page, '/me', `+7 900 555-00-0${i}`, axeOn(device));
    await page.getByRole('heading', { name: myPage }).waitFor();
    await signOut(page);
  }));

  test(`a foreign number is refused at the field (${device.name})`, () => withPage(device, async (page) => {
    await page.goto('/login?next=/me');
    const field = page.getByLabel(contactLabel);
    await field.fill('+44 7700 900123');
    await page.getByRole('button', { name: 'Получить код' }).click();
    await page.getByRole('alert').waitFor();
    // The summary has the focus (autofocus: without JavaScript too) and the title says «Ошибка».
    assert.ok(await errorSummaryFocused(page), 'the focus is on the error summary');
    assert.match(await page.title(), /^Ошибка: Вход — /);
    assert.equal(await page.locator('#error-summary a').getAttribute('href'), '#contact');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await description(page, field), /только на российские мобильные номера/);
    assert.equal(await field.inputValue(), '+44 7700 900123');
    await axeOn(device)(page);
  }));

  test(`sign in through Госуслуги and return to the page (${device.name})`, () => withPage(device, async (page) => {
    await page.goto('/me');
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByRole('heading', { name: myPage }).waitFor();
    await signOut(page);
  }));

  test(`the provider declines: a Russian error leads back to code sign-in (${device.name})`, () => withPage(device, async (page) => {
    // The fake provider answers error=access_denied when its authorize URL carries mode=deny:
    // the site's redirect to the provider gets it (the browser does not route redirects).
    await page.route((url) => url.pathname === '/login/oidc', async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const authorize = response.headers().location;
      assert.match(authorize, /\/authorize\?/);
      await route.fulfill({ response, headers: { ...response.headers(), location: `${authorize}&mode=deny` } });
    });
    await page.goto('/login?next=/me');
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await page.getByRole('heading', { name: 'Не удалось войти' }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), /Сервис «Госуслуги» не подтвердил вход/);
    await axeOn(device)(page);
    await page.getByRole('link', { name: 'Войти по коду из письма или SMS' }).click();
    // Back to code sign-in for the same page the citizen started from.
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/me');
    assert.equal(await page.getByLabel(contactLabel).count(), 1);
  }));
});

// The form that sends a code answers with a redirect to the code's page, so a refresh there
// (or «Назад» and «Вперёд») sends no second code; the number is not in the address.
test('refreshing the code page sends no second code', () => withPage(phones[0], async (page) => {
  const phone = '+7 900 555-01-11';
  await page.goto('/login?next=/me');
  await page.getByLabel(contactLabel).fill(phone);
  await page.getByRole('button', { name: 'Получить код' }).click();
  await page.getByLabel(smsCodeLabel).waitFor();
  const address = new URL(page.url());
  assert.equal(address.pathname, '/login/code');
  // The path and the query, not the whole address: the test server's port may hold any digits.
  assert.ok(!(address.pathname + address.search).includes('5550111'), page.url());
  assert.equal(smsSentTo(phone), 1);
  await page.reload();
  await page.getByLabel(smsCodeLabel).waitFor();
  assert.match(await page.locator('main').textContent(), /\+79005550111/);
  assert.equal(smsSentTo(phone), 1);
}));
