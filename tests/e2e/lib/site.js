// Ways through the public site that several specs take.
import assert from 'node:assert/strict';

export const searchLabel = 'Название или ИНН организации';

// The path of an organisation that a search for word finds, e.g. "/o/a3bppaa": the first
// one, or with `assessed` the first that is (or is not) assessed this year, which is
// whether its page offers the survey.
export async function organisationPath(page, { word = 'школа', assessed } = {}) {
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  const paths = await page.locator('.results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const path of paths) {
    assert.match(path, /^\/o\/\w+$/);
    if (assessed === undefined) return path;
    await page.goto(path);
    if ((await page.locator(`a[href="${path}/survey"]`).count() > 0) === assessed) return path;
  }
  assert.fail(`no organisation found by "${word}" with assessed=${assessed}`);
}

// The league table of the first region with published results.
async function leaguePath(page) {
  await page.goto('/results');
  const regions = await page.locator('#region option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
  for (const region of regions) {
    await page.goto(`/results?region=${region}`);
    if (await page.locator('.results li').count() > 0) return `/results?region=${region}`;
  }
  assert.fail('no region has published results');
}

// The pages every general check visits: home, search results, nothing found, an assessed
// organisation and its survey, one not assessed, an unknown organisation, an unknown page,
// the settings of the version for the visually impaired, the league tables.

export async function publicPages(page) {
  const assessed = await organisationPath(page, { assessed: true });
  return ['/', '/search?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0', '/search?q=%D0%B9%D1%86%D1%83%D0%BA%D0%B5%D0%BD',
    assessed, `${assessed}/survey`, await organisationPath(page, { assessed: false }), '/o/zzzzzzz', '/no-such-page',
    '/a11y/settings', '/results', await leaguePath(page)];
}
