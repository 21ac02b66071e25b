// The quick exit is a plain link to the CMS's quickExitUrl, so it works with JavaScript on and off.
import { expect, test } from '@playwright/test';
import { fakeQuickExitSite } from '../helpers';

test.beforeEach(async ({ page }) => {
  await fakeQuickExitSite(page);
});

test('clicking "Exit this page" leaves for the quick-exit site', async ({ page }) => {
  await page.goto('/faq');
  await page.locator('#quick-exit').click();
  await expect(page).toHaveURL('https://www.weather.gov/');
  await expect(page.locator('h1')).toHaveText('Weather');
});

test('the exit button stays on screen while scrolling', async ({ page }) => {
  await page.goto('/faq');
  await page.mouse.wheel(0, 4000);
  await expect(page.locator('#quick-exit')).toBeInViewport();
});

test('the quick-exit script has a content-hashed URL that browsers may keep for a year', async ({ page, request }) => {
  await page.goto('/faq');
  const src = await page.locator('script[src*="quick-exit"]').getAttribute('src');
  expect(src).toMatch(/\/_app\/immutable\/assets\/quick-exit\.[\w-]{6,}\.js$/);
  const response = await request.get(new URL(src!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/javascript/);
  expect(response.headers()['cache-control']).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
  expect(await response.text()).toContain('location.replace');
});
