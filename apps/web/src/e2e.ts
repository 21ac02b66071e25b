// Shared helpers for the end-to-end specs.
import type { Page } from '@playwright/test';

export const CMS_PORT = 1393;
export const SITE = 'http://127.0.0.1:4174';
export const SITE_WITHOUT_CMS = 'http://127.0.0.1:4175';

export const HOTLINE = { phone: '1-888-373-7888', sms: '233733', tty: '711' };
export const WRONG_HOTLINE = '373-3888';

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
