// Automated WCAG 2.1 AA checks with axe-core, injected into the page under test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Returns axe's violations as readable lines, "rule: selector — summary", empty when clean.
// axe schedules its work with timers, so the page's context must have JavaScript enabled.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (values) => (await axe.run({ runOnly: { type: 'tag', values } })).violations, tags);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}
