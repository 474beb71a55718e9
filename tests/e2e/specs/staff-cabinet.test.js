// The organisation's side, end to end: a citizen files an appeal and the organisation's staff
// answer it; the staff draft a plan to remove deficiencies and submit it, an official of the
// authority approves it, and the public plan page shows it. With and without JavaScript,
// axe-core on every staff page when it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { signInThrough } from '../lib/sign_in.js';
import { addStaff, sql, staffSignIn } from '../lib/staff.js';

const flows = [devices[0], devices[3]];  // phone with JavaScript, desktop without
// One assessed organisation per flow (a plan is made once per cycle), its results published.
// (The demo also publishes last year's cycles: only this year's are taken, each organisation once.)
const orgs = sql(`SELECT o.code, a.name FROM organisations o JOIN cycle_organisations co ON co.organisation_id = o.id
  JOIN cycles c ON c.id = co.cycle_id AND c.year = CAST(strftime('%Y', 'now') AS INTEGER)
  JOIN authorities a ON a.id = o.authority_id ORDER BY o.code LIMIT ${flows.length}`);
sql(`UPDATE cycles SET state = 'published' WHERE id IN (SELECT co.cycle_id FROM cycle_organisations co
  JOIN organisations o ON o.id = co.organisation_id WHERE o.code IN (${orgs.map(([code]) => `'${code}'`).join(', ')}))`);

async function expectAccessible(page, device) {
  if (device.javaScriptEnabled) assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
}

flows.forEach((device, n) => {
  const [code, authority] = orgs[n];
  const staff = `e2e-staff-${n}`, official = `e2e-official-${n}`;
  addStaff(staff, 'org_staff', ['--org', code]);
  addStaff(official, 'official', ['--authority', authority]);
  const subject = `Пандус у входа ${n}`;

  test(`staff answer an appeal (${device.name})`, async () => {
    await withPage(device, async (page) => {
      await signInThrough(page, `/o/${code}/appeal`, `e2e-appeal-${n}@example.ru`);
      await page.getByLabel('Тема').fill(subject);
      await page.getByLabel('Текст обращения').fill('Коляске не заехать, нужен пандус.');
      await page.getByRole('button', { name: 'Отправить обращение' }).click();
      await page.getByRole('status').waitFor();  // the acknowledgement, after the commit
    });
    await withPage(device, async (page) => {
      await staffSignIn(page, staff);
      await page.goto(`/cabinet/${code}`);
      await expectAccessible(page, device);  // its wide tables scroll in frames that take focus
      await page.getByRole('link', { name: 'Обращения граждан' }).click();
      await expectAccessible(page, device);
      await page.getByRole('link', { name: subject }).click();
      assert.match(await page.locator('main').textContent(), /Коляске не заехать/);
      await expectAccessible(page, device);
      await page.getByLabel('Ответ на обращение').fill('Пандус установим до конца месяца.');
      await page.getByRole('button', { name: 'Ответить' }).click();
      assert.match(await page.getByRole('status').textContent(), /Ответ сохранён/);
      assert.equal(await page.getByRole('button', { name: 'Ответить' }).count(), 0);  // answered once
    });
  });

  test(`a plan is drafted, approved and published (${device.name})`, async () => {
    await withPage(device, async (page) => {
      await staffSignIn(page, staff);
      await page.goto(`/cabinet/${code}/plan`);
      await page.getByRole('button', { name: 'Создать план' }).click();
      await page.getByLabel('Критерий независимой оценки').selectOption('3');
      await page.getByLabel('Недостаток, выявленный в ходе оценки').fill('Нет пандуса у входа');
      await page.getByLabel('Мероприятие по устранению недостатка').fill('Установить пандус');
      await page.getByLabel('Плановый срок').fill('2099-05-01');
      await page.getByLabel('Ответственный: фамилия, имя, отчество').fill('Иванов Иван Иванович');
      await page.getByLabel('Ответственный: должность').fill('заместитель директора');
      await page.getByRole('button', { name: 'Добавить пункт' }).click();
      assert.match(await page.getByRole('status').textContent(), /План сохранён/);
      await expectAccessible(page, device);
      await page.getByRole('button', { name: 'Отправить на утверждение' }).click();
      assert.match(await page.getByRole('status').textContent(), /отправлен на утверждение/);
    });
    await withPage(device, async (page) => {
      await staffSignIn(page, official);
      await page.goto('/official/plans');
      await expectAccessible(page, device);
      await page.locator(`a[href="/cabinet/${code}/plan"]`).click();
      await expectAccessible(page, device);
      await page.getByRole('button', { name: 'Утвердить и опубликовать' }).click();
      await page.waitForURL(/\/official\/plans\?decided=/);
    });
    await withPage(device, async (page) => {
      await page.goto(`/o/${code}/plan`);
      const text = await page.locator('main').textContent();
      assert.match(text, /III\. Доступность услуг для инвалидов/);
      assert.match(text, /Установить пандус/);
      assert.match(text, /Иванов Иван Иванович, заместитель директора/);
      await expectAccessible(page, device);
    });
  });
});
