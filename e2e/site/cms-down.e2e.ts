// With the CMS unreachable, the site still shows the hotline and the quick exit on every page.
import { expect, test } from '@playwright/test';
import { fakeQuickExitSite, HOTLINE, SITE_WITHOUT_CMS } from '../helpers';

test.use({ baseURL: SITE_WITHOUT_CMS });

test('a page answers 503 but shows the built-in hotline and the quick exit', async ({ page }) => {
  const response = await page.goto('/about');
  expect(response?.status()).toBe(503);
  await expect(page.locator('h1')).toHaveText('This page is temporarily unavailable');
  const banner = page.locator('.hotline-banner');
  await expect(banner.locator('a[href="tel:+18883737888"]')).toContainText(HOTLINE.phone);
  await expect(banner.locator(`a[href="sms:${HOTLINE.sms}"]`)).toContainText(HOTLINE.sms);
  await expect(banner).toContainText(HOTLINE.tty);
  await fakeQuickExitSite(page);
  await page.locator('#quick-exit').click();
  await expect(page).toHaveURL('https://www.weather.gov/');
});

test('the home page and the sitemap say they are unavailable rather than empty', async ({ page, request }) => {
  expect((await page.goto('/'))?.status()).toBe(503);
  await expect(page.locator('.hotline-banner')).toContainText(HOTLINE.phone);
  expect((await request.get('/sitemap.xml')).status()).toBe(503);
});

test('search says it is unavailable, with the hotline, rather than failing', async ({ request }) => {
  const response = await request.post('/search', { form: { q: 'training' }, headers: { origin: SITE_WITHOUT_CMS, accept: 'text/html' } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('Search is not available right now');
  expect(html).toContain(HOTLINE.phone);
});
