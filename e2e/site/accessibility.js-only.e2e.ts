// Accessibility of every page, in every language, at desktop and mobile widths: one test each, so
// each page has the whole test budget however slow the machine (the pages are the CMS's seeded
// ones, known before the servers start; site.e2e.ts checks the sitemap lists exactly them). axe is
// a script, so this runs in the JavaScript-on project only; the HTML is the same with JavaScript
// off (nothing renders on the client).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, seededPaths, WCAG_TAGS } from '../helpers';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 320, height: 640 },
];

for (const locale of LOCALES) {
  for (const path of seededPaths(locale)) {
    for (const viewport of VIEWPORTS) {
      test(`axe finds no WCAG 2.2 AA violations on ${path} (${viewport.name})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        expect((await page.goto(path))?.status()).toBe(200);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      });
    }
  }
}

test('axe finds no violations on search results, with the hotline pinned and matches marked', async ({ page }) => {
  for (const query of ['help trafficking', 'xylophonequartz', '']) {
    await page.goto('/');
    await page.locator('#site-search-q').fill(query);
    await page.locator('#site-search-q').press('Enter');
    await expect(page.locator('h1')).toHaveText('Search');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${query}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
