// Every page of the sitemap, as a visitor gets it (both projects: JavaScript on and off).
import { expect, test } from '@playwright/test';
import { HOTLINE, LOCALES, SITE, seededPaths, sitemapPaths, WRONG_HOTLINE } from '../helpers';

// Specs that declare a test per page take the list from the CMS's seed, before the site runs: this
// keeps it the site's own.
test('the sitemap lists exactly the seeded pages, the home page and every CMS page, in every language', async ({ page }) => {
  expect(seededPaths('en')).toEqual(expect.arrayContaining(['/', '/get-help', '/about', '/philosophy', '/provider-council', '/faq', '/resources']));
  for (const locale of LOCALES) {
    expect((await sitemapPaths(page, locale)).toSorted(), locale).toEqual(seededPaths(locale).toSorted());
  }
});

test('every page renders with the hotline, the quick exit and its own title', async ({ page }) => {
  const titles = new Set<string>();
  for (const path of await sitemapPaths(page)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);

    const banner = page.locator('.hotline-banner');
    await expect(banner.locator(`a[href="tel:+18883737888"]`)).toContainText(HOTLINE.phone);
    await expect(banner.locator(`a[href="sms:${HOTLINE.sms}"]`)).toContainText(HOTLINE.sms);
    await expect(banner.locator(`a[href="tel:${HOTLINE.tty}"]`)).toContainText(HOTLINE.tty);
    await expect(page.locator('a#quick-exit')).toHaveAttribute('href', 'https://www.weather.gov/');
    await expect(page.locator('a#quick-exit')).toHaveAttribute('rel', 'noreferrer');

    expect(await page.content()).not.toContain(WRONG_HOTLINE);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(path, page.url()).toString());
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    titles.add(await page.title());
  }
  expect(titles.size).toBe((await sitemapPaths(page)).length);
});

test('every tel: and sms: link on every page dials a US number or a short code as written', async ({ page }) => {
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    const hrefs = await page.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    expect(hrefs.length, path).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) {
      // +1 and ten digits (a US number), or digits alone (a short code such as 711 or 233733).
      expect(href, `${path}: ${href}`).toMatch(/^(tel|sms):(\+1\d{10}|\d{3,9})$/);
    }
    expect(hrefs).toContain(`tel:${HOTLINE.tty}`);
    expect(hrefs).not.toContain(`tel:+${HOTLINE.tty}`);
  }
});

test('skip links lead to the content and to the exit button', async ({ page }) => {
  await page.goto('/about');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link').first()).toBeFocused();
  await expect(page.locator('.skip-link').first()).toHaveAttribute('href', '#main');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link').nth(1)).toHaveAttribute('href', '#quick-exit');
  await page.keyboard.press('Tab');
  await expect(page.locator('#quick-exit')).toBeFocused();
});

// A test per page and language, each with the whole test budget however slow the machine; one
// page load answers both questions (a phone's width changes neither the requests nor the cookies).
for (const locale of LOCALES) {
  for (const path of seededPaths(locale)) {
    test(`${path} makes no request to another origin, sets no cookie, and reflows at 320 px`, async ({ page, context }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['http:', 'https:'].includes(url.protocol)) return;
        if (url.origin !== SITE) foreign.push(request.url());
      });
      await page.setViewportSize({ width: 320, height: 640 });
      expect((await page.goto(path, { waitUntil: 'networkidle' }))?.status()).toBe(200);
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
    });
  }
}

test('an unknown page is a helpful 404 that keeps the hotline and the exit', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('.hotline-banner')).toContainText(HOTLINE.phone);
  await expect(page.locator('a#quick-exit')).toBeVisible();
  await expect(page.locator('main a[href="/faq"]')).toBeVisible();
});

test('pages are sent compressed and never stored by the browser', async ({ request }) => {
  const response = await request.get('/faq', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(response.headers()['content-encoding']).toBe('br');
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.text()).toContain('Frequently Asked Questions');
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const body = await (await request.get('/robots.txt')).text();
  expect(body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});
