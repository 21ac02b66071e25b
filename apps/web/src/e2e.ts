// Shared helpers for the end-to-end specs.
import type { Page } from '@playwright/test';
import { HOTLINE, WRONG_HOTLINE as WRONG_NUMBER } from '../../cms/tests/fixtures/seed-source/seed-text.mjs';

export const CMS_PORT = 1393;
export const SITE = 'http://127.0.0.1:4174';
export const SITE_WITHOUT_CMS = 'http://127.0.0.1:4175';
export const CMS = `http://127.0.0.1:${CMS_PORT}`;
/** Headers for the full-access token the content-changing specs write to the CMS with. */
export const WRITE_AUTH = { authorization: `Bearer ${process.env.E2E_WRITE_TOKEN}` };

// The hotline numbers and the seed copy's wrong one are defined once, with the seed-text fixture.
export { HOTLINE };
/** The distinctive end of the wrong number, so no way of writing it slips through. */
export const WRONG_HOTLINE = WRONG_NUMBER.slice(-8);

/** Paths of every page the sitemap lists, read from the running site. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** Stands in for the neutral quick-exit site, which this machine cannot reach. */
export async function fakeQuickExitSite(page: Page): Promise<void> {
  await page.route('https://www.weather.gov/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}
