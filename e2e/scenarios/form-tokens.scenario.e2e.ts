// A page left open longer than a start token lasts (FORMS_TOKEN_MAX_AGE_SECONDS, 2 s here): the
// post gets its form back, with what the visitor wrote, a message and a fresh token, and nothing
// is silently dropped: sent again, it is stored.
import { expect, test } from '@playwright/test';
import { adminEntries, launchChromium, messagesOf, onSharedCms } from '../helpers';
import { type Running, startSite } from '@maine-sten/test-harness/processes';

const PORT = 4187;
let site: Running | undefined;
test.afterAll(() => site?.stop());

test('an expired start token gives the visitor the form back, values kept, to send again', async ({ request }) => {
  site = await startSite(PORT, {
    ...onSharedCms('form-tokens'),
    FORMS_MIN_FILL_SECONDS: '1',
    FORMS_TOKEN_MAX_AGE_SECONDS: '2',
  });
  const email = `expired-${Date.now()}@example.test`;
  const browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/contact`);
  const first = await page.locator('input[name="started"]').inputValue();
  await page.getByLabel('Your name').fill('Ana Example');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('By email').check();
  await page.getByLabel('Your message').fill('Written slowly, over a long while.');
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Send message' }).click();

  await expect(page.locator('.error-summary')).toContainText(messagesOf('en').formExpired!);
  await expect(page.locator('#field-email')).toHaveValue(email);
  await expect(page.locator('#field-message')).toHaveValue('Written slowly, over a long while.');
  expect(await adminEntries(request, 'contact-message', email)).toEqual([]);
  const fresh = await page.locator('input[name="started"]').inputValue();
  expect(fresh).not.toBe(first);

  await page.waitForTimeout(1100);
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page).toHaveURL(`${site.url}/contact/sent`);
  expect(await adminEntries(request, 'contact-message', email)).toHaveLength(1);
  await browser.close();
});
