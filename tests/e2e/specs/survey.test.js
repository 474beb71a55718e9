// A citizen signs in with a mailed code, answers the survey and sees it counted: on a phone
// one question per screen with JavaScript, all questions on one page without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { organisationPath } from '../lib/site.js';
import { signInThrough } from '../lib/sign_in.js';

const respondents = async (page) => Number((await page.locator('text=/Ответили: \\d+/').textContent()).match(/\d+/)[0]);

async function answerAll(page, stepper) {
  const questions = page.locator('fieldset.question:has(input[value="1"])');
  for (let step = 0; step < 40; ++step) {
    const visible = page.locator('fieldset.question:visible:has(input[value="1"])');
    for (const fieldset of await visible.all()) {
      const answered = await fieldset.locator('input:checked').count();
      if (!answered) await fieldset.getByLabel('Да', { exact: true }).check();
    }
    if (!stepper) break;
    const next = page.getByRole('button', { name: 'Далее' });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  assert.ok(await questions.count() >= 14);
}

devices.forEach((device, i) => {
  test(`sign in, answer the survey, see it counted (${device.name})`, () => withPage(device, async (page) => {
    const organisation = await organisationPath(page, { assessed: true });
    await page.goto(organisation);
    const before = await respondents(page);

    await signInThrough(page, `${organisation}/survey`, `e2e-${i}@example.ru`);
    const stepper = device.javaScriptEnabled && device.viewport.width < 640;
    if (stepper) {
      assert.match(await page.locator('.stepper .progress').textContent(), /^Шаг 1 из \d+$/);
      assert.equal(await page.locator('fieldset.question:visible').count(), 1);
    }
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), []);
    await answerAll(page, stepper);
    await page.getByRole('button', { name: 'Отправить анкету' }).click();
    await page.getByRole('heading', { name: 'Спасибо! Ваше мнение учтено' }).waitFor();

    await page.getByRole('link', { name: 'Вернуться на страницу организации' }).click();
    assert.equal(await respondents(page), before + 1);
  }));
});
