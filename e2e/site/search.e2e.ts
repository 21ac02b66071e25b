// Site search, with JavaScript on and off: from the header of any page, posted so the words
// searched for stay out of the URL, the history and the title.
import { expect, test, type Page } from '@playwright/test';
import { HOTLINE, SITE } from '../helpers';

/** Searches from the header of `from`, as a visitor would. */
async function searchFrom(page: Page, from: string, query: string) {
  await page.goto(from);
  await page.locator('#site-search-q').fill(query);
  await page.locator('#site-search-q').press('Enter');
  await expect(page.locator('h1')).toHaveText('Search');
}

const resultLinks = (page: Page) => page.locator('.search__result .search__title');

test('a FAQ phrase from the header of any page leads to the question, and leaves no trace', async ({ page }) => {
  const query = 'what is human traffiking'; // a typo, so the page holds these exact words only in the field
  await searchFrom(page, '/about', query);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/faq#what-is-human-trafficking');
  await expect(page.locator('.search__result mark').first()).toBeVisible();
  // Not in the address, the title or the history: only in the results page's own search field.
  expect(page.url()).toBe(`${SITE}/search`);
  expect(await page.title()).not.toContain('traffiking');
  const visited = await page.evaluate(() => ({ href: location.href, referrer: document.referrer }));
  expect(visited.href).toBe(`${SITE}/search`);
  expect(visited.referrer).not.toMatch(/traffiking|\?/); // at most the page searched from, same origin
  await expect(page.locator('#search-q')).toHaveValue(query);
  // Elsewhere on the page only inside form fields (the pagination's hidden field carries it on).
  expect((await page.content()).replace(/<input[^>]*>/g, '')).not.toContain(query);
});

test('finds an agency by name, a resource by its category, stemmed words and typos', async ({ page }) => {
  await searchFrom(page, '/', 'Pine Tree Legal');
  await expect(resultLinks(page).first()).toContainText('Pine Tree Legal Services');
  await expect(page.locator('.search__where').first()).toHaveText('Provider Council');

  await searchFrom(page, '/faq', 'screening tools');
  await expect(page.locator('.search__title[href="/resources?category=screeningTools"]').first()).toBeVisible();

  for (const query of ['trafficked', 'traficking']) {
    await searchFrom(page, '/resources', query);
    await expect(page.locator('.search__title[href="/faq#what-is-human-trafficking"]')).toHaveCount(1);
  }
});

test('pins the hotline, with its numbers, above the results for help', async ({ page }) => {
  await searchFrom(page, '/philosophy', 'help');
  const pinned = page.locator('.search__hotline');
  await expect(pinned).toBeVisible();
  await expect(pinned.locator('a[href="tel:+18883737888"]')).toContainText(HOTLINE.phone);
  await expect(pinned.locator(`a[href="tel:${HOTLINE.tty}"]`)).toContainText(HOTLINE.tty);
});

test('pages through many results with buttons that keep the query out of the URL', async ({ page }) => {
  await searchFrom(page, '/', 'Maine');
  await expect(page.locator('.search__count')).toContainText('results');
  const next = page.locator('.search__pages button', { hasText: 'Page 2' });
  await next.click();
  await expect(page.locator('.search__pages button[aria-current="page"]')).toHaveText('Page 2');
  expect(page.url()).toBe(`${SITE}/search`);
});

test('says what to do when nothing matches', async ({ page }) => {
  await searchFrom(page, '/', 'xylophonequartz');
  await expect(page.locator('.search__count')).toHaveText('0 results');
  await expect(page.locator('main a[href="/get-help"]')).toBeVisible();
  await expect(page.locator('main a[href="/faq"]')).toBeVisible();
});

test('bad input gets a clear message, never a 500, and nothing is reflected unescaped', async ({ page, request }) => {
  const post = (q: string) => request.post('/search', { form: { q }, headers: { origin: SITE, accept: 'text/html' } });
  for (const q of ['', '   ', '?!;:.,', '"unmatched', "'", '<script>alert(1)</script>', 'x'.repeat(10_000)]) {
    const response = await post(q);
    expect(response.status(), q.slice(0, 20)).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    if (q.trim() === '' || q === '?!;:.,') expect(html).toContain('Type a word or two');
    if (q.length > 1000) expect(html).toContain('only its first 200 characters were used');
  }
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await searchFrom(page, '/', '<script>alert(1)</script>');
  await expect(page.locator('#search-q')).toHaveValue('<script>alert(1)</script>');
  expect(dialogs).toBe(0);
});

test('the results page is never stored and never kept by a shared cache', async ({ request }) => {
  const response = await request.post('/search', { form: { q: 'training' }, headers: { origin: SITE, accept: 'text/html' } });
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['cdn-cache-control']).toBe('no-store');
  expect(response.headers()['x-output-cache']).toBeUndefined();
});
