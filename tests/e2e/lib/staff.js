// Staff fixtures for browser tests: accounts made with `nok user add`, a cycle's state set
// in the test database (the cycle workflow has no page here), and signing in through the form.
import { execFileSync } from 'node:child_process';

const nok = process.env.NOK_E2E_BINARY;
const db = process.env.NOK_E2E_DB;
export const staffPassword = 'пароль для проверки 2026';

// Rows of a query on the test database (python3's sqlite3: no npm package needed).
export function sql(query) {
  const script = 'import json,sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\nr=c.execute(sys.argv[2]).fetchall()\nc.commit()\nprint(json.dumps(r))';
  return JSON.parse(execFileSync('python3', ['-c', script, db, query], { encoding: 'utf8' }));
}

// Creates a staff account with the password above, e.g. addStaff('org1', 'org_staff', ['--org', code]).
export function addStaff(login, role, scope = []) {
  execFileSync(nok, ['user', 'add', '--db', `sqlite:${db}`, '--login', login, '--role', role, ...scope, '--password-stdin'],
    { input: `${staffPassword}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
}

// Signs in at /staff/login and waits for the home page of the role.
export async function staffSignIn(page, login) {
  await page.goto('/staff/login');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(staffPassword);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/staff/login'));
}
