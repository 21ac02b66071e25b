// What partners use of the site, as they use it: the change feeds (parsed by maintained feed
// parsers, never regular expressions), the hotline card framed by another origin, and /partners
// with its snippets. Both projects: JavaScript on and off.
import http from 'node:http';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { parseJsonFeed } from 'feedsmith';
import { contentTranslations } from '../../apps/cms/src/seed/translations';
import { HOTLINE, LOCALES, prefixOf, sitemapPaths, SITE, axe, WRONG_HOTLINE } from '../helpers';

test.describe('change feeds', () => {
  for (const locale of LOCALES) {
    test(`JSON Feed 1.1 and Atom 1.0 list the latest changes, newest first (${locale})`, async ({ request }) => {
      const json = await request.get(`${prefixOf(locale)}/feed.json`);
      expect(json.status()).toBe(200);
      expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
      const jsonText = await json.text();
      expect((JSON.parse(jsonText) as { version: string }).version).toBe('https://jsonfeed.org/version/1.1');
      const jsonFeed = parseJsonFeed(jsonText);
      expect(jsonFeed.language).toBe(locale);
      expect(jsonFeed.items?.length).toBeGreaterThan(10);

      const atom = await request.get(`${prefixOf(locale)}/feed.atom`);
      expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      const atomFeed = parseFeed(await atom.text());
      expect(atomFeed.items.map((item) => item.id)).toEqual(jsonFeed.items!.map((item) => item.id));

      const dates = atomFeed.items.map((item) => item.updated!.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      for (const item of atomFeed.items) {
        expect(item.id).toMatch(new RegExp(`^urn:maine-sten:(page|faq|resource):[a-z0-9]+:${locale}$`));
        expect(item.title).toBeTruthy();
        expect(new URL(item.url!).origin).toBe(SITE);
      }
      // Every link leads to a page of the site in the feed's language.
      for (const url of new Set(atomFeed.items.map((item) => item.url!.split('#')[0]!))) {
        const page = await request.get(url);
        expect(page.status(), url).toBe(200);
        expect(new URL(url).pathname.startsWith(prefixOf(locale) || '/'), url).toBe(true);
      }
      expect(await (await request.get(`${prefixOf(locale)}/feed.json`)).text()).not.toContain(WRONG_HOTLINE);
      // In the feed's language: its questions are the seeded translations' (issue #34.6).
      if (locale !== 'en') {
        const questions = new Set(Object.values(contentTranslations[locale].faqs).map((faq) => faq.question));
        expect(atomFeed.items.filter((item) => questions.has(item.title!)).length).toBeGreaterThan(0);
      }
    });
  }

  test('are kept in the output cache like pages', async ({ request }) => {
    await request.get('/feed.atom');
    expect((await request.get('/feed.atom')).headers()['x-output-cache']).toBe('hit');
  });

  test('are announced in the head of every page, in its language', async ({ page }) => {
    for (const locale of LOCALES) {
      for (const path of await sitemapPaths(page, locale)) {
        await page.goto(path);
        await expect(page.locator('link[rel="alternate"][type="application/feed+json"]'), path).toHaveAttribute('href', `${prefixOf(locale)}/feed.json`);
        await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', `${prefixOf(locale)}/feed.atom`);
      }
    }
  });
});

test.describe('the hotline card', () => {
  test('is a small page with the numbers from Site settings: no script, no cookie, nothing from elsewhere', async ({ page }) => {
    for (const locale of LOCALES) {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const response = await page.goto(`${prefixOf(locale)}/embed/hotline`);
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain('frame-ancestors *');
      expect(headers['content-security-policy']).toContain("default-src 'none'");
      expect(headers['x-frame-options']).toBeUndefined();
      expect(headers['set-cookie']).toBeUndefined();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator(`a[href="tel:+18883737888"]`)).toContainText(HOTLINE.phone);
      await expect(page.locator(`a[href="sms:${HOTLINE.sms}"]`)).toContainText(HOTLINE.sms);
      await expect(page.locator(`a[href="tel:${HOTLINE.tty}"]`)).toContainText(HOTLINE.tty);
      await expect(page.locator('script')).toHaveCount(0);
      expect(await page.context().cookies()).toEqual([]);
      expect(requests.every((url) => new URL(url).origin === SITE), requests.join(' ')).toBe(true);
      page.removeAllListeners('request');
      // axe is a script: in the JavaScript-on project only (the page is the same HTML either way).
      if (test.info().project.name === 'js-on') {
        const audit = await axe(page).analyze();
        expect(audit.violations.map((violation) => `${locale}: ${violation.id}`)).toEqual([]);
      }
    }
  });

  test('shows inside a page of another origin, and other pages of the site still refuse to be framed', async ({ page }) => {
    const partner = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Partner</title><iframe id="card" src="${SITE}/es/embed/hotline" title="Hotline"></iframe><iframe id="page" src="${SITE}/faq" title="FAQ"></iframe>`);
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.2', resolve));
    try {
      const faq = page.waitForResponse(`${SITE}/faq`);
      // The partner's page has loaded once both frames have: shown, or refused by the browser.
      await page.goto(`http://127.0.0.2:${(partner.address() as { port: number }).port}/`, { waitUntil: 'load' });
      await expect(page.frameLocator('#card').locator('a[href="tel:+18883737888"]')).toContainText(HOTLINE.phone);
      await expect(page.frameLocator('#card').locator('h1')).toBeVisible();
      // The FAQ page was sent, with X-Frame-Options: DENY, and the browser shows none of it (no quick
      // exit, no hotline).
      expect((await faq).headers()['x-frame-options']).toBe('DENY');
      expect(await page.frameLocator('#page').locator('#quick-exit, .hotline-banner').count()).toBe(0);
    } finally {
      await new Promise((resolve) => partner.close(resolve));
    }
  });
});

test.describe('/partners', () => {
  test('gives the copy-paste frame, the plain HTML and the addresses partners need, in every language', async ({ page }) => {
    for (const locale of LOCALES) {
      const response = await page.goto(`${prefixOf(locale)}/partners`);
      expect(response?.status()).toBe(200);
      const snippets = await page.locator('textarea.snippet').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
      expect(snippets[0]).toContain(`<iframe src="${SITE}${prefixOf(locale)}/embed/hotline"`);
      expect(snippets[1]).toContain(`href="tel:+18883737888"`);
      const hrefs = await page.locator('.partner-tools a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.some((href) => href?.endsWith('/api/hsds'))).toBe(true);
      expect(hrefs).toContain(`${SITE}${prefixOf(locale)}/feed.atom`);
      await expect(page.frameLocator('.partner-tools__preview').locator('h1')).toBeVisible();
    }
  });

  test('is linked in the footer of every page', async ({ page }) => {
    for (const path of await sitemapPaths(page)) {
      await page.goto(path);
      await expect(page.locator('footer a[href="/partners"]'), path).toHaveCount(1);
    }
  });
});
