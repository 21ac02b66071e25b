// What quick-exit.js adds (run in the JavaScript-on project only): location.replace, so the
// site is not left in the tab history, and Shift or Escape pressed three times, with a countdown.
import { expect, test, type Page } from '@playwright/test';
import { fakeQuickExitSite, SITE } from '../helpers';

test.beforeEach(async ({ page }) => {
  await fakeQuickExitSite(page);
  // The presses count when they come within 5 s of each other: the page's clock stands still, and
  // moves on only as press() says, so how fast this machine sends the keys does not count.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
});

/** A key pressed the way a person in a hurry presses it: a second after the one before. */
async function press(page: Page, key: string): Promise<void> {
  await page.clock.runFor(1000);
  await page.keyboard.press(key);
}

test('the site is not left in the tab history after exiting', async ({ page }) => {
  await page.goto('/about');
  await page.goto('/faq');
  await page.locator('#quick-exit').click();
  await expect(page).toHaveURL('https://www.weather.gov/');
  await page.goBack();
  expect(page.url()).not.toBe(`${SITE}/faq`);
});

test('pressing Shift three times exits, announcing the presses left', async ({ page }) => {
  await page.goto('/get-help');
  const status = page.locator('[data-quick-exit-status]');
  await press(page, 'Shift');
  await expect(status).toHaveText('Press Shift 2 more times to exit this page.');
  await press(page, 'Shift');
  await expect(status).toHaveText('Press Shift 1 more time to exit this page.');
  await press(page, 'Shift');
  await expect(page).toHaveURL('https://www.weather.gov/');
});

test('pressing Escape three times exits', async ({ page }) => {
  await page.goto('/about');
  for (let i = 0; i < 3; i += 1) await press(page, 'Escape');
  await expect(page).toHaveURL('https://www.weather.gov/');
});

test('other keys in between reset the count', async ({ page }) => {
  await page.goto('/about');
  await press(page, 'Shift');
  await press(page, 'Shift');
  await press(page, 'a');
  await press(page, 'Shift');
  await expect(page.locator('[data-quick-exit-status]')).toHaveText('Press Shift 2 more times to exit this page.');
  await expect(page).toHaveURL(`${SITE}/about`);
});
