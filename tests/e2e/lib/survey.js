// Answering the survey form as a person does: on a phone with JavaScript one question per
// screen, otherwise every question on one page.

// Answers every yes/no question «Да» and sends the form; returns the taps it took.
export async function answerAll(page, stepper) {
  let taps = 0;
  if (!stepper) {
    for (const fieldset of await page.locator('fieldset.question:has(input[value="1"])').all()) {
      await fieldset.getByLabel('Да', { exact: true }).check();
      ++taps;
    }
  } else {
    const submit = page.getByRole('button', { name: 'Отправить анкету' });
    for (let step = 0; step < 40 && !(await submit.isVisible()); ++step) {
      const question = page.locator('fieldset.question:visible');
      if (await question.locator('input[value="1"]').count()) await question.getByLabel('Да', { exact: true }).click();
      else await page.getByRole('button', { name: 'Далее' }).click();
      ++taps;
    }
  }
  await page.getByRole('button', { name: 'Отправить анкету' }).click();
  return taps + 1;
}
