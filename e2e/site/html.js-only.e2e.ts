// The W3C HTML checker finds no error on any page, in any language, nor on the error page and the
// search results. Only in the JavaScript-on project: the HTML is the same either way (nothing
// renders on the client), and the checker reads what the server sends.
import { expect, test } from '@playwright/test';
import { htmlErrors } from '../html-checker';
import { LOCALES, seededPaths } from '../helpers';

test('the W3C HTML checker finds no errors on any page, in every language, nor on the error and search pages', async ({ request, page }) => {
  const documents: Record<string, string> = {};
  for (const path of LOCALES.flatMap((locale) => seededPaths(locale))) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    documents[path] = await response.text();
  }
  const missing = await request.get('/es/no-such-page');
  expect(missing.status()).toBe(404);
  documents['/es/no-such-page (404)'] = await missing.text();
  await page.goto('/fr');
  await page.locator('#site-search-q').fill('aide');
  await page.locator('#site-search-q').press('Enter');
  documents['/fr/search (results)'] = await page.content();
  expect(await htmlErrors(documents)).toEqual([]);
});
