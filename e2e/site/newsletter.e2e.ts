// Newsletter double opt-in, as a subscriber: sign up, get the email, confirm with the link (a page
// with a button, so mail scanners confirm no one), then unsubscribe with the link in the email.
import { expect, test } from '@playwright/test';
import { adminEntries, fillFormsLikeAPerson, mailBody, mailsTo, UNTIL_IT_HAPPENS } from '../helpers';

test('sign up, confirm from the email, then unsubscribe from it', async ({ page, request }) => {
  const email = `reader-${test.info().project.name}-${Date.now()}@example.test`;
  // A person's sign-up: the form says it was opened long enough ago (FORMS_MIN_FILL_SECONDS), no waiting.
  await fillFormsLikeAPerson(page);
  await page.goto('/newsletter');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your name (optional)').fill('Reader');
  await page.getByLabel('I agree to receive').check();
  const sent = Date.now();
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/newsletter\/sent$/);
  await expect(page.locator('h1')).toHaveText('Check your email');

  await expect.poll(async () => (await mailsTo(request, email)).length, UNTIL_IT_HAPPENS).toBe(1);
  const [mail] = await mailsTo(request, email);
  console.log(`newsletter: submit → confirmation email in ${mail!.at - sent} ms`);
  const body = mailBody(mail!);
  const confirm = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w-]+/.exec(body)![0];
  const unsubscribe = /https?:\/\/\S+\/newsletter\/unsubscribe\?token=[\w-]+/.exec(body)![0];
  expect(mail!.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
  expect((await adminEntries(request, 'newsletter-subscription', email))[0]).toMatchObject({ confirmedAt: null });

  // Opening the link confirms nothing by itself.
  await page.goto(new URL(confirm).pathname + new URL(confirm).search);
  expect((await adminEntries(request, 'newsletter-subscription', email))[0]).toMatchObject({ confirmedAt: null });
  await page.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(page.locator('h1')).toHaveText('You are signed up');
  expect((await adminEntries(request, 'newsletter-subscription', email))[0]!.confirmedAt).toBeTruthy();

  // The link works once.
  await page.goto(new URL(confirm).pathname + new URL(confirm).search);
  await page.getByRole('button', { name: 'Confirm sign-up' }).click();
  await expect(page.locator('main')).toContainText('already been used or is no longer valid');

  await page.goto(new URL(unsubscribe).pathname + new URL(unsubscribe).search);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.locator('h1')).toHaveText('You are unsubscribed');
  expect(await adminEntries(request, 'newsletter-subscription', email)).toEqual([]);
});

test('a link without a valid token says so, with a way to sign up', async ({ page }) => {
  await page.goto('/newsletter/confirm?token=nonsense');
  await expect(page.locator('main')).toContainText('no longer valid');
  await expect(page.locator('main a[href="/newsletter"]')).toHaveCount(1);
});
