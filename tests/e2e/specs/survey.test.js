// A citizen signs in with a mailed code, answers the survey and sees it counted: on a phone
// with JavaScript one question per screen that moves on by itself after a yes/no answer, all
// questions on one page without it. The thank-you page comes after a redirect, so a refresh
// sends nothing twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { errorSummaryFocused } from '../lib/checks.js';
import { organisationPath } from '../lib/site.js';
import { signInThrough } from '../lib/sign_in.js';
import { answerAll } from '../lib/survey.js';

const respondents = async (page) => Number((await page.locator('text=/Ответили: \\d+/').textContent()).match(/\d+/)[0]);
const progress = (page) => page.locator('.survey .progress').textContent();
const focusedQuestion = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el.tagName === 'LEGEND' ? el.querySelector('.number')?.textContent ?? el.textContent.trim() : el.id;
});


devices.forEach((device, i) => {
  test(`sign in, answer the survey, see it counted once (${device.name})`, () => withPage(device, async (page) => {
    const organisation = await organisationPath(page, { assessed: true });
    await page.goto(organisation);
    const before = await respondents(page);

    await signInThrough(page, `${organisation}/survey`, `e2e-${i}@example.ru`);
    assert.match(await page.locator('.intro').textContent(), /17 вопросов, ≈\s5\sминут/);
    const stepper = device.javaScriptEnabled && device.viewport.width < 640;
    if (stepper) {
      assert.equal(await progress(page), 'Вопрос 1 из 17');
      assert.equal(await page.locator('fieldset.question:visible').count(), 1);
      // The preamble is folded and the first answer is on the first screen.
      assert.equal(await page.locator('.intro details').getAttribute('open'), null);
      const yes = await page.locator('fieldset.question:visible').getByLabel('Да', { exact: true }).boundingBox();
      assert.ok(yes.y + yes.height <= device.viewport.height, `the first answer ends at ${yes.y + yes.height} px`);
    }
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), []);
    const taps = await answerAll(page, stepper);
    if (stepper) assert.ok(taps <= 20, `${taps} taps for 17 questions`);
    await page.waitForURL(/\/survey\/sent\?/);
    await page.getByRole('heading', { name: 'Спасибо! Ваше мнение учтено' }).waitFor();
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), []);
    await page.reload();  // Post/Redirect/Get: a refresh shows the page again, sends nothing
    await page.getByRole('heading', { name: 'Спасибо! Ваше мнение учтено' }).waitFor();

    await page.getByRole('link', { name: 'Вернуться на страницу организации' }).click();
    assert.equal(await respondents(page), before + 1);
  }));
});

const phone = devices.find((device) => device.isMobile && device.javaScriptEnabled);

test('on a phone the keyboard moves through the questions and the focus follows', () => withPage(phone, async (page) => {
  const organisation = await organisationPath(page, { assessed: true });
  await signInThrough(page, `${organisation}/survey`, 'e2e-keys@example.ru');
  await page.locator('fieldset.question:visible').getByLabel('Да', { exact: true }).focus();

  await page.keyboard.press('Space');  // «Да» to question 1: on to question 2, which it opens
  await page.waitForFunction(() => document.activeElement.tagName === 'LEGEND');
  assert.equal(await progress(page), 'Вопрос 2 из 17');
  assert.equal(await focusedQuestion(page), '2.');

  await page.keyboard.press('Tab');  // into the answers of question 2
  await page.keyboard.press('ArrowRight');  // an arrow key only chooses «Нет»…
  assert.equal(await page.locator('fieldset.question:visible input[value="0"]').isChecked(), true);
  assert.equal(await progress(page), 'Вопрос 2 из 17');
  await page.keyboard.press('Enter');  // …and Enter moves on, without sending the form
  await page.waitForFunction(() => document.activeElement.tagName === 'LEGEND' && document.activeElement.textContent.startsWith('3.'));
  assert.equal(await progress(page), 'Вопрос 3 из 17');
  assert.match(page.url(), /\/survey$/);

  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');  // «Нет» to question 3: question 4 is not asked
  await page.waitForFunction(() => document.activeElement.textContent.startsWith('5.'));
  assert.equal(await progress(page), 'Вопрос 5 из 17', 'the count keeps the numbers of the questions it skips');

  await page.getByRole('button', { name: 'Назад' }).click();
  assert.equal(await progress(page), 'Вопрос 3 из 17');
  assert.equal(await focusedQuestion(page), '3.');
  assert.deepEqual(await axeViolations(page), []);
}));

devices.filter((d) => d !== phone).forEach((device, i) => {
  test(`an empty survey comes back with the focus on its errors (${device.name})`, () => withPage(device, async (page) => {
    const organisation = await organisationPath(page, { assessed: true });
    await signInThrough(page, `${organisation}/survey`, `e2e-empty-${i}@example.ru`);
    await page.getByRole('button', { name: 'Отправить анкету' }).click();
    await page.getByRole('alert').waitFor();
    assert.ok(await errorSummaryFocused(page), 'the focus is on the error summary');
    assert.match(await page.title(), /^Ошибка: Анкета — /);
    const link = page.locator('#error-summary a');
    assert.equal(await link.textContent(), 'В анкете нет ни одного ответа');
    assert.equal(await page.locator(`input${await link.getAttribute('href')}`).count(), 1, 'the link leads to an answer');
    if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), []);
  }));
});
