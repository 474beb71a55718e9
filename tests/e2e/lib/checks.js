// Checks of what a person meets on a page that axe does not measure: tap target size,
// reflow without sideways scrolling, labelled form controls, a visible focus indicator, the
// focus on an error summary, and the bytes a page costs.

// Visible links and controls smaller than size×size CSS px, as "tag "text" W×H".
// A radio or checkbox is measured with its label, which is what a finger taps.
export function smallTargets(page, size = 44) {
  return page.evaluate((size) => [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
    .map((el) => (el.matches('[type=radio], [type=checkbox]') && el.closest('label')) || el)
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0)
    .filter(({ box }) => box.width < size || box.height < size)
    .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`), size);
}

// Elements that stick out past the right edge of the viewport, outermost first, as
// "tag.class "text"": content must reflow, not scroll sideways (WCAG 1.4.10).
export function overflowing(page) {
  return page.evaluate(() => [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && el.parentElement.getBoundingClientRect().right <= innerWidth + 0.5)
    .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${el.textContent.trim().slice(0, 40)}"`));
}

// Form controls without a label that has text (a <label> or aria-labelledby), by id or name.
export function unlabelledControls(page) {
  return page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((el) => ![...el.labels, ...(el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => id && document.getElementById(id))]
      .some((label) => label && label.textContent.trim() !== ''))
    .map((el) => el.id || el.name || el.outerHTML.slice(0, 60)));
}

// The focused element: its tag, id, class and text, and whether it shows a focus indicator
// (an outline of at least 2 px or a box-shadow) inside the viewport.
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    return { tag: el.tagName.toLowerCase(), id: el.id, className: el.className, text: el.textContent.trim().slice(0, 40), visible: marked && inView };
  });
}

// Bytes of the document and its stylesheets when path is loaded with an empty cache
// (after redirects).
export async function pageWeight(page, path) {
  const sizes = [];
  const collect = (response) => {
    const redirect = response.status() >= 300 && response.status() < 400;
    if (!redirect && ['document', 'stylesheet'].includes(response.request().resourceType())) sizes.push(response.body().then((b) => b.length));
  };
  page.on('response', collect);
  await page.goto(path);
  page.off('response', collect);
  return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
}

// Whether the error summary gets the focus. Browsers apply autofocus when they next render
// the page, not while it loads, so this asks for up to five seconds.
export async function errorSummaryFocused(page) {
  for (let tries = 0; tries < 50; ++tries) {
    if (await page.evaluate(() => document.activeElement?.id === 'error-summary')) return true;
    await page.waitForTimeout(100);
  }
  return false;
}
