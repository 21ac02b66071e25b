// The editor's journey through the real Strapi admin: sign in as an Editor, change an FAQ answer,
// check the draft in "Open preview" (visitors still see the published answer), publish, and see the
// public page change within 5 seconds; unpublish a page and see it answer 404 within 5 seconds.
// The screenshots illustrate README's "Editing the site".
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { CMS_PORT, SITE } from './e2e';

const DOCS_DIR = path.resolve(import.meta.dirname, '../../../docs/editing');
const EDIT = 'Edited in the admin by the end-to-end test.';
const QUESTION = 'Do we need more laws?';
const CMS = `http://127.0.0.1:${CMS_PORT}`;
const auth = { authorization: `Bearer ${process.env.E2E_WRITE_TOKEN}` };

/** Saves a screenshot with the test's output; with DOCS_SCREENSHOTS=1 it also refreshes docs/editing/. */
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.DOCS_SCREENSHOTS === '1') {
    mkdirSync(DOCS_DIR, { recursive: true });
    copyFileSync(file, path.join(DOCS_DIR, `${name}.png`));
  }
}

/** Waits for the admin's confirmation notice to show, then to fade (so screenshots stay clear). */
async function confirmNotice(page: Page, text: string): Promise<void> {
  const notice = page.getByRole('region', { name: /Notifications/ }).getByText(text);
  await expect(notice).toBeVisible();
  await expect(notice).toBeHidden({ timeout: 15_000 });
}

/** Signs in to the admin as the test Editor, with Strapi's own announcements out of the way. */
async function signIn(page: Page, testInfo?: TestInfo): Promise<void> {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: /welcome/i })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Email' }).fill(process.env.E2E_EDITOR_EMAIL!);
  await page.getByRole('textbox', { name: 'Password' }).fill(process.env.E2E_EDITOR_PASSWORD!);
  if (testInfo) await screenshot(page, testInfo, '1-sign-in');
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page).not.toHaveURL(/\/auth\/login/, { timeout: 30_000 });
  // Strapi's own "what's new" banner is not part of this site's admin; keep it out of the screenshots.
  await page.getByRole('heading', { name: /^Hello/ }).waitFor();
  const announcement = page.getByText(/Introducing the new/);
  if (await announcement.isVisible()) await page.getByRole('button', { name: 'Close' }).first().click();
}

test('an editor changes an FAQ answer, previews the draft, publishes, and it is live within 5 s', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const publicFaq = async () => (await request.get(`${SITE}/faq`)).text();

  await signIn(page, testInfo);

  await page.goto('/admin/content-manager/collection-types/api::faq.faq');
  const row = page.getByRole('row').filter({ hasText: QUESTION });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await screenshot(page, testInfo, '2-faq-list');
  await row.getByText(QUESTION).click();

  // The answer is rich text: add a sentence at its end and save the draft.
  const answer = page.locator('[data-slate-editor="true"]').first();
  await expect(answer).toContainText('dignity for victims.');
  // Click just after the answer's last character, as an editor would, to put the caret there.
  const end = await answer.evaluate((editor) => {
    const strings = editor.querySelectorAll('[data-slate-string]');
    const text = strings[strings.length - 1]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, text.textContent!.length - 1);
    range.setEnd(text, text.textContent!.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.right + 1, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(end.x, end.y);
  await page.keyboard.type(` ${EDIT}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(answer).toContainText(`dignity for victims. ${EDIT}`);
  await confirmNotice(page, 'Saved document');
  await screenshot(page, testInfo, '3-edit-faq');

  // Saving a draft changes nothing for visitors.
  expect(await publicFaq()).not.toContain(EDIT);

  // "Open preview" shows the draft on the real site, with the preview banner.
  await page.getByRole('link', { name: 'Open preview' }).click();
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('.preview-banner')).toContainText('Preview — not published', { timeout: 15_000 });
  await expect(preview.getByText(EDIT)).toBeVisible();
  await screenshot(page, testInfo, '4-preview');
  expect(await publicFaq()).not.toContain(EDIT);
  await page.getByRole('link', { name: 'Close preview' }).click();

  // Publish: the public FAQ shows the change within 5 seconds.
  await page.getByRole('button', { name: 'Publish' }).click();
  await confirmNotice(page, 'Published document');
  const published = Date.now();
  await expect.poll(publicFaq, { timeout: 5000, intervals: [250] }).toContain(EDIT);
  console.log(`published change visible on the site after ${Date.now() - published} ms`);
  await screenshot(page, testInfo, '5-published');
});

test('an editor unpublishes a page and it is gone from the site within 5 s', async ({ page, request }) => {
  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: auth,
    data: { data: { title: 'Unpublish test page', slug: 'unpublish-test-page', showInNavigation: false, order: 96 } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  expect((await request.get(`${SITE}/unpublish-test-page`)).status()).toBe(200);

  await signIn(page);
  await page.goto(`/admin/content-manager/collection-types/api::page.page/${documentId}`);
  await expect(page.getByRole('heading', { name: 'Unpublish test page' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'More document actions' }).first().click();
  await page.getByRole('menuitem', { name: 'Unpublish' }).click();
  await confirmNotice(page, 'Unpublished document');
  const unpublished = Date.now();
  await expect
    .poll(async () => (await request.get(`${SITE}/unpublish-test-page`)).status(), { timeout: 5000, intervals: [250] })
    .toBe(404);
  console.log(`unpublished page answered 404 after ${Date.now() - unpublished} ms`);
  await request.delete(`${CMS}/api/pages/${documentId}`, { headers: auth });
});
