// Staff fixtures for browser tests: operators and accounts made with the `nok` binary on the
// database under test (SQLite or PostgreSQL), rows of the SQLite database for specs that
// prepare state directly, and signing in through the form.
import { execFileSync } from 'node:child_process';

const nok = process.env.NOK_E2E_BINARY;
const db = process.env.NOK_E2E_DB;          // the SQLite file (sql() only)
const dbUrl = process.env.NOK_E2E_DB_URL;  // the database the server under test uses
export const staffPassword = 'пароль для проверки 2026';

// Rows of a query on the test database (python3's sqlite3: no npm package needed).
export function sql(query) {
  const script = 'import json,sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\nr=c.execute(sys.argv[2]).fetchall()\nc.commit()\nprint(json.dumps(r))';
  return JSON.parse(execFileSync('python3', ['-c', script, db, query], { encoding: 'utf8' }));
}

// Creates a staff account with the password above, e.g. addStaff('org1', 'org_staff', ['--org', code]).
export function addStaff(login, role, scope = []) {
  execFileSync(nok, ['user', 'add', '--db', dbUrl, '--login', login, '--role', role, ...scope, '--password-stdin'],
    { input: `${staffPassword}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
}

// Registers a survey operator (`nok operator add`).
export function addOperator(name, inn) {
  execFileSync(nok, ['operator', 'add', '--db', dbUrl, '--name', name, '--inn', inn], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// Signs in at /staff/login and waits for the home page of the role.
export async function staffSignIn(page, login) {
  await page.goto('/staff/login');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(staffPassword);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/staff/login'));
}
