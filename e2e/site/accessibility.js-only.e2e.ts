// Accessibility of every sitemap page, in every language, at desktop and mobile widths. axe is a script, so this runs
// in the JavaScript-on project only; the HTML is the same with JavaScript off (nothing renders
// on the client).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, sitemapPaths } from '../helpers';

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 320, height: 640 },
]) {
  test(`axe finds no WCAG 2.2 AA violations on any page, in every language (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const paths = (await Promise.all(LOCALES.map((locale) => sitemapPaths(page, locale)))).flat();
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
}

test('axe finds no violations on search results, with the hotline pinned and matches marked', async ({ page }) => {
  for (const query of ['help trafficking', 'xylophonequartz', '']) {
    await page.goto('/');
    await page.locator('#site-search-q').fill(query);
    await page.locator('#site-search-q').press('Enter');
    await expect(page.locator('h1')).toHaveText('Search');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${query}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
