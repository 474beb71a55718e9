// A whole assessment cycle in the browser, one person per role, on whichever engine the
// server under test uses (run.sh runs it on SQLite and on PostgreSQL): the authority's
// official opens next year's cycle, engages the operator and lists an organisation; the
// operator writes the deficiencies and hands the materials to the public council; the
// council writes its proposals and approves; the official publishes; the monitor watches
// without being offered any step; a citizen sees the results on the organisation's page
// and in the open data. axe-core checks every staff page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devices, withPage } from '../lib/browser.js';
import { axeViolations } from '../lib/axe.js';
import { addOperator, addStaff, staffSignIn } from '../lib/staff.js';

const desktop = devices[2];
const year = new Date().getUTCFullYear() + 1;  // this year's cycles come with the demo data
const operatorName = 'ООО «Независимый опрос»';

// An organisation with an authority, of another authority than `other` when given.
async function pickOrganisation(other) {
  const response = await fetch(`${process.env.NOK_E2E_URL}/api/v1/organisations?limit=50`);
  const { items } = await response.json();
  return items.find((o) => o.authority && o.authority !== other?.authority);
}

async function accessible(page) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
}

// Signs in as `login`, opens the cycle from the list and runs `act` on its page.
async function onCycle(login, act) {
  await withPage(desktop, async (page) => {
    await staffSignIn(page, login);
    await page.goto('/cycles');
    await page.getByRole('link', { name: String(year) }).click();
    await accessible(page);
    await act(page);
  });
}

async function status(page) {
  return (await page.locator('.lead').textContent()).replace(/\s+/g, ' ');
}

test('an assessment cycle runs from opening to publication, one person per role', async () => {
  const org = await pickOrganisation();
  assert.ok(org, 'the demo registry has organisations with an authority');
  addOperator(operatorName, '7707083893');
  addStaff('cycle-official', 'official', ['--authority', org.authority]);
  addStaff('cycle-operator', 'operator', ['--operator', operatorName]);
  addStaff('cycle-council', 'council', ['--authority', org.authority]);
  addStaff('cycle-monitor', 'monitor');

  await withPage(desktop, async (page) => {
    await staffSignIn(page, 'cycle-official');
    await page.goto('/cycles');
    await accessible(page);
    await page.getByLabel('Год оценки').fill(String(year));
    await page.getByLabel('Оператор').fill(operatorName);
    await page.getByRole('button', { name: 'Открыть цикл' }).click();
    assert.match(await status(page), /Подготовка/);
    await page.getByLabel('Список организаций').fill(`${org.code}\nнет-такой`);
    await page.getByRole('button', { name: 'Сохранить список' }).click();
    assert.match(await page.getByRole('alert').textContent(), /строка 2/);  // all or nothing, by line
    await page.getByLabel('Список организаций').fill(org.code);
    await page.getByRole('button', { name: 'Сохранить список' }).click();
    await page.getByRole('button', { name: 'Начать сбор мнений' }).click();
    assert.match(await status(page), /Сбор мнений/);
    await accessible(page);
  });

  await onCycle('cycle-operator', async (page) => {
    await page.getByRole('link', { name: org.short_name }).click();
    await accessible(page);
    await page.getByLabel('Недостатки, выявленные оператором').fill('Нет пандуса у входа\nНет кнопки вызова персонала');
    await page.getByRole('button', { name: 'Сохранить недостатки' }).click();
    await page.getByRole('link', { name: `Независимая оценка ${year}` }).click();
    await page.getByRole('button', { name: 'Передать материалы общественному совету' }).click();
    assert.match(await status(page), /У общественного совета/);
  });

  await onCycle('cycle-monitor', async (page) => {
    assert.equal(await page.locator('form.step').count(), 0, 'the monitor is offered no step');
  });

  await onCycle('cycle-council', async (page) => {
    await page.getByRole('link', { name: org.short_name }).click();
    await page.getByLabel('Предложения по улучшению').fill('Установить пандус и кнопку вызова');
    await page.getByRole('button', { name: 'Сохранить предложения' }).click();
    await accessible(page);
    await page.getByRole('link', { name: `Независимая оценка ${year}` }).click();
    await page.getByRole('button', { name: 'Утвердить результаты' }).click();
    assert.match(await status(page), /Утверждено советом/);
    const protocol = await page.request.get(await page.getByRole('link', { name: /Протокол/ }).getAttribute('href'));
    assert.equal(protocol.headers()['content-type'], 'application/pdf');
  });

  await onCycle('cycle-official', async (page) => {
    await page.getByRole('button', { name: 'Опубликовать результаты' }).click();
    assert.match(await status(page), /Опубликовано/);
  });

  await withPage(devices[1], async (page) => {  // a citizen on a phone without JavaScript
    await page.goto(`/o/${org.code}`);
    const section = page.getByRole('region', { name: `Результаты независимой оценки ${year} года` });
    assert.match(await section.textContent(), /Установить пандус и кнопку вызова/);
    assert.match(await section.textContent(), /Нет кнопки вызова персонала/);
  });
  const csv = await (await fetch(`${process.env.NOK_E2E_URL}/opendata/results.csv?year=${year}`)).text();
  assert.match(csv, new RegExp(`^${year},[^\\n]*,${org.code},`, 'm'));
});

test('an official chooses the organisations by search on a phone, with and without JavaScript', async () => {
  const org = await pickOrganisation(await pickOrganisation());
  addStaff('cycle-official-phone', 'official', ['--authority', org.authority]);
  let path;
  await withPage(devices[1], async (page) => {  // no JavaScript: the search is a plain form
    await staffSignIn(page, 'cycle-official-phone');
    await page.goto('/cycles');
    await page.getByLabel('Год оценки').fill(String(year));
    await page.getByRole('button', { name: 'Открыть цикл' }).click();
    path = new URL(page.url()).pathname;
    await page.getByLabel('Название или ИНН').fill(org.inn);
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.getByRole('checkbox', { name: new RegExp(`^${org.short_name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ИНН`) }).check();
    await page.getByRole('button', { name: 'Добавить отмеченные' }).click();
    assert.match(await page.getByRole('status').first().textContent(), /Сохранено/);
    await page.getByRole('region', { name: 'Организации цикла' }).getByRole('link', { name: org.short_name }).waitFor();
  });
  await withPage(devices[0], async (page) => {  // a phone: the wide tables scroll, and take focus to do so
    await staffSignIn(page, 'cycle-official-phone');
    await page.goto(`${path}?q=&municipality=&sphere=`);
    await accessible(page);
    const frame = page.getByRole('region', { name: 'Сроки цикла' });
    assert.equal(await frame.getAttribute('tabindex'), '0');
    assert.ok(await page.getByText('Таблицу можно прокрутить вбок').first().isVisible());
  });
});
