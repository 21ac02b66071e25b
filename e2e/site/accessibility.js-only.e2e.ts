// Accessibility of every page, in every language, at desktop and mobile widths: one test per page
// and language, so each has the whole test budget however slow the machine (the pages are the CMS's seeded
// ones, known before the servers start; site.e2e.ts checks the sitemap lists exactly them). axe is
// a script, so this runs in the JavaScript-on project only; the HTML is the same with JavaScript
// off (nothing renders on the client).
import { expect, test } from '@playwright/test';
import { LOCALES, seededPaths, axe } from '../helpers';

const DESKTOP = { name: 'desktop', width: 1280, height: 900 };
const VIEWPORTS = [DESKTOP, { name: 'mobile', width: 320, height: 640 }];

for (const locale of LOCALES) {
  for (const path of seededPaths(locale)) {
    test(`axe finds no WCAG 2.2 AA violations on ${path}, at desktop and mobile widths`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      expect((await page.goto(path))?.status()).toBe(200);
      // One load, both widths: the layout follows the viewport (media queries), nothing reloads.
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const results = await axe(page).analyze();
        expect(results.violations.map((v) => `${path} (${viewport.name}): ${v.id} (${v.nodes.length})`)).toEqual([]);
      }
    });
  }
}

test('axe finds no violations on search results, with the hotline pinned and matches marked', async ({ page }) => {
  for (const query of ['help trafficking', 'xylophonequartz', '']) {
    await page.goto('/');
    await page.locator('#site-search-q').fill(query);
    await page.locator('#site-search-q').press('Enter');
    await expect(page.locator('h1')).toHaveText('Search');
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${query}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
