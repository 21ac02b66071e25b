// Every distinct heading, paragraph and list item of the organisation's original text appears on
// the rendered site; the wrong hotline number appears nowhere and the right one on every page.
import { expect, test } from '@playwright/test';
import { seedTextUnits } from '../../apps/cms/tests/fixtures/seed-source/seed-text.mjs';
import { HOTLINE, sitemapPaths, WRONG_HOTLINE } from '../helpers';

test('the site shows every sentence of the seed text', async ({ page }) => {
  const texts: string[] = [];
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    expect(text, path).toContain(HOTLINE.phone);
    expect(text, path).not.toContain(WRONG_HOTLINE);
    texts.push(text.replace(/[ \t]+/g, ' '));
  }
  const site = texts.join('\n');
  const units = seedTextUnits();
  expect(units.length).toBeGreaterThan(80);
  expect(units.filter((unit) => !site.includes(unit))).toEqual([]);
});
