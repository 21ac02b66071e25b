// A page left open longer than a start token lasts (FORMS_TOKEN_MAX_AGE_SECONDS): the post gets
// its form back, with what the visitor wrote, a message and a fresh token, and nothing is silently
// dropped: sent again, it is stored. The page is not left open for real: the token it carries is
// one the site would have issued two hours ago (signed with the site's key), an hour past the limit.
import { expect, test } from '@playwright/test';
import { adminEntries, launchChromium, messagesOf, onSharedCms, startedToken } from '../helpers';
import { type Running, startSite } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS } from './support';

const PORT = 4187;
const MAX_AGE_SECONDS = 60 * 60;
let site: Running | undefined;
test.afterAll(() => site?.stop());

test('an expired start token gives the visitor the form back, values kept, to send again', async ({ request }) => {
  site = await startSite(PORT, {
    ...onSharedCms('form-tokens'),
    ...PATIENT_WITH_THE_CMS,
    FORMS_TOKEN_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS),
    // Not what this is about: the fresh token may be sent back at once.
    FORMS_MIN_FILL_SECONDS: '0',
  });
  const email = `expired-${Date.now()}@example.test`;
  const browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const opened = startedToken(2 * MAX_AGE_SECONDS * 1000);
  // The form page as the site rendered it, with the token of a page opened long ago.
  await page.route(`${site.url}/contact`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/(name="started" value=")[^"]+"/, `$1${opened}"`);
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)));
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.goto(`${site.url}/contact`);
  expect(await page.locator('input[name="started"]').inputValue()).toBe(opened);
  await page.getByLabel('Your name').fill('Ana Example');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('By email').check();
  await page.getByLabel('Your message').fill('Written slowly, over a long while.');
  await page.getByRole('button', { name: 'Send message' }).click();

  await expect(page.locator('.error-summary')).toContainText(messagesOf('en').formExpired!);
  await expect(page.locator('#field-email')).toHaveValue(email);
  await expect(page.locator('#field-message')).toHaveValue('Written slowly, over a long while.');
  expect(await adminEntries(request, 'contact-message', email)).toEqual([]);
  const fresh = await page.locator('input[name="started"]').inputValue();
  expect(fresh).not.toBe(opened);

  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page).toHaveURL(`${site.url}/contact/sent`);
  expect(await adminEntries(request, 'contact-message', email)).toHaveLength(1);
  await browser.close();
});
