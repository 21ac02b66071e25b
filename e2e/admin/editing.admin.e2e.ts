// The editor's journey through the real Strapi admin: sign in as an Editor, change an FAQ answer,
// check the draft in "Open preview" (visitors still see the published answer), publish, and see the
// public page change by the CMS's notice; unpublish a page and see it answer 404. (The end-to-end
// sites keep content longer than the run, so only a notice shows a change; the time is logged.)
// Then: handle a contact message (its Status) and export the confirmed newsletter subscribers;
// new hotline numbers wait in a banner for a second person; a partner webhook's signing secret is
// made and shown once; the Translations page gives a translator a file and takes it back; an
// entry's History compares two versions and restores one into the draft.
// The screenshots illustrate docs/editing.md's "Editing the site".
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { adminEntries, CMS, contentManager, mailBody, mailsTo, SITE, UNTIL_IT_HAPPENS, axe, WRITE_AUTH } from '../helpers';
import { asDocument, htmlErrors } from '../html-checker';

const DOCS_DIR = path.resolve(import.meta.dirname, '../../docs/editing');
const EDIT = 'Edited in the admin by the end-to-end test.';
const QUESTION = 'Do we need more laws?';

/**
 * Has the site read `model` from the CMS again now, as a change notice makes it do: what visitors
 * get after this is what the CMS publishes, with no waiting for a notice that may or may not come.
 */
async function rereadFromCms(request: APIRequestContext, model: string): Promise<void> {
  const reread = await request.post(`${SITE}/api/revalidate`, {
    data: { model },
    headers: { authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` },
  });
  expect(reread.status()).toBe(200);
}

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
  await expect(notice).toBeHidden(UNTIL_IT_HAPPENS);
}

/** Signs in to the admin as the test Editor, with Strapi's own announcements out of the way. */
async function signIn(page: Page, testInfo?: TestInfo): Promise<void> {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: /welcome/i })).toBeVisible(UNTIL_IT_HAPPENS);
  await page.getByRole('textbox', { name: 'Email' }).fill(process.env.E2E_EDITOR_EMAIL!);
  await page.getByRole('textbox', { name: 'Password' }).fill(process.env.E2E_EDITOR_PASSWORD!);
  if (testInfo) await screenshot(page, testInfo, '1-sign-in');
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page).not.toHaveURL(/\/auth\/login/, UNTIL_IT_HAPPENS);
  // Strapi's own "what's new" banner is not part of this site's admin; keep it out of the screenshots.
  await page.getByRole('heading', { name: /^Hello/ }).waitFor();
  const announcement = page.getByText(/Introducing the new/);
  if (await announcement.isVisible()) {
    await page.getByRole('button', { name: 'Close' }).first().click();
    await expect(announcement).toBeHidden();
  }
}

/**
 * Clicks just after the last character of a rich-text editor, as an editor would, until the caret
 * is really there (the layout may still be settling). The editor takes the caret from the page's
 * selection events and renders it back, so the caret is read once the page has drawn two frames
 * after the click; typing then goes where the browser's caret is.
 */
async function placeCaretAtEnd(page: Page, editor: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        const end = await editor.evaluate((element) => {
          const strings = element.querySelectorAll('[data-slate-string]');
          const text = strings[strings.length - 1]!.firstChild!;
          const range = document.createRange();
          range.setStart(text, text.textContent!.length - 1);
          range.setEnd(text, text.textContent!.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.right + 1, y: rect.top + rect.height / 2 };
        });
        await page.mouse.click(end.x, end.y);
        return editor.evaluate(async (element) => {
          await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
          const strings = element.querySelectorAll('[data-slate-string]');
          const text = strings[strings.length - 1]!.firstChild!;
          const selection = document.getSelection()!;
          return selection.anchorNode === text && selection.anchorOffset === text.textContent!.length;
        });
      },
      UNTIL_IT_HAPPENS,
    )
    .toBe(true);
}

test('an editor changes an FAQ answer, previews the draft, publishes, and the change notice makes it live', async ({
  page,
  request,
}, testInfo) => {
  const publicFaq = async () => (await request.get(`${SITE}/faq`)).text();
  // Visitors have the page before the edit (the site keeps it), so what they get after the save is
  // decided by what the site reads from the CMS again, below.
  expect(await publicFaq()).toContain(QUESTION);

  await signIn(page, testInfo);

  await page.goto('/admin/content-manager/collection-types/api::faq.faq');
  const row = page.getByRole('row').filter({ hasText: QUESTION });
  await expect(row).toBeVisible(UNTIL_IT_HAPPENS);
  await screenshot(page, testInfo, '2-faq-list');
  await row.getByText(QUESTION).click();

  // The answer is rich text: add a sentence at its end and save the draft.
  const answer = page.locator('[data-slate-editor="true"]').first();
  await expect(answer).toContainText('dignity for victims.');
  await placeCaretAtEnd(page, answer);
  await page.keyboard.type(` ${EDIT}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(answer).toContainText(`dignity for victims. ${EDIT}`);
  await confirmNotice(page, 'Saved document');
  await screenshot(page, testInfo, '3-edit-faq');

  // Saving a draft changes nothing for visitors: not now, nor once the site has read the CMS again
  // after the save, as it does on a change notice (asked for here, rather than waited for).
  expect(await publicFaq()).not.toContain(EDIT);
  await rereadFromCms(request, 'faq');
  expect(await publicFaq()).not.toContain(EDIT);

  // "Open preview" shows the draft on the real site, with the preview banner.
  await page.getByRole('link', { name: 'Open preview' }).click();
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('.preview-banner')).toContainText('Preview — not published', UNTIL_IT_HAPPENS);
  await expect(preview.getByText(EDIT)).toBeVisible();
  await screenshot(page, testInfo, '4-preview');
  expect(await publicFaq()).not.toContain(EDIT);
  await page.getByRole('link', { name: 'Close preview' }).click();

  // Publish: the public FAQ shows the change.
  await page.getByRole('button', { name: 'Publish' }).click();
  await confirmNotice(page, 'Published document');
  const published = Date.now();
  await expect.poll(publicFaq, { ...UNTIL_IT_HAPPENS, intervals: [250] }).toContain(EDIT);
  console.log(`published change visible on the site after ${Date.now() - published} ms`);
  await screenshot(page, testInfo, '5-published');
});

test('an editor unpublishes a page and the change notice takes it off the site', async ({ page, request }) => {
  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: { data: { title: 'Unpublish test page', slug: 'unpublish-test-page', showInNavigation: false, order: 96 } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  expect((await request.get(`${SITE}/unpublish-test-page`)).status()).toBe(200);

  await signIn(page);
  await page.goto(`/admin/content-manager/collection-types/api::page.page/${documentId}`);
  await expect(page.getByRole('heading', { name: 'Unpublish test page' })).toBeVisible(UNTIL_IT_HAPPENS);
  await page.getByRole('button', { name: 'More document actions' }).first().click();
  await page.getByRole('menuitem', { name: 'Unpublish', exact: true }).click();
  await confirmNotice(page, 'Unpublished document');
  const unpublished = Date.now();
  await expect
    .poll(async () => (await request.get(`${SITE}/unpublish-test-page`)).status(), { ...UNTIL_IT_HAPPENS, intervals: [250] })
    .toBe(404);
  console.log(`unpublished page answered 404 after ${Date.now() - unpublished} ms`);
  await request.delete(`${CMS}/api/pages/${documentId}`, { headers: WRITE_AUTH });
});

test('an editor handles a contact message and exports the confirmed newsletter subscribers', async ({
  page,
  request,
}, testInfo) => {
  const FORMS_AUTH = { authorization: `Bearer ${process.env.E2E_FORMS_TOKEN}` };
  const created = await request.post(`${CMS}/api/contact-messages`, {
    headers: FORMS_AUTH,
    data: { data: { name: 'Dana Visitor', email: 'dana@example.test', replyBy: 'email', message: 'Could you train our library staff?' } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  // A confirmed subscriber: signed up, then the link from the confirmation email.
  const reader = `reader-admin-${Date.now()}@example.test`;
  await request.post(`${CMS}/api/newsletter-subscriptions`, { headers: FORMS_AUTH, data: { data: { email: reader, consent: true } } });
  await expect.poll(async () => (await mailsTo(request, reader)).length, UNTIL_IT_HAPPENS).toBe(1);
  const token = /confirm\?token=([\w-]+)/.exec(mailBody((await mailsTo(request, reader))[0]!))![1];
  expect((await request.post(`${CMS}/api/newsletter-subscriptions/confirm`, { data: { token } })).status()).toBe(200);

  await signIn(page);
  await page.goto('/admin/content-manager/collection-types/api::contact-message.contact-message');
  const row = page.getByRole('row', { name: /Dana Visitor/ });
  await expect(row).toBeVisible(UNTIL_IT_HAPPENS);
  await screenshot(page, testInfo, '7-submissions');
  await row.getByText('Dana Visitor').click();
  await expect(page).toHaveURL(new RegExp(documentId));
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'done' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await confirmNotice(page, 'Saved document');
  expect((await adminEntries(request, 'contact-message', 'dana@example.test'))[0]).toMatchObject({ handlingStatus: 'done' });

  await page.goto('/admin/content-manager/collection-types/api::newsletter-subscription.newsletter-subscription');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export confirmed subscribers (CSV)' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(csv.split('\r\n')[0]).toBe('"email","name","confirmedAt","unsubscribeUrl"');
  expect(csv).toContain(`"${reader}","",`);
});

test('an editor translates a page: the Spanish version in the same edit view, published, is live at /es', async ({
  page,
  request,
}, testInfo) => {
  const EDIT = 'Ayuda inmediata, las 24 horas';
  const spanish = async () => (await request.get(`${SITE}/es/get-help`)).text();
  const found = await request.get(`${CMS}/api/pages?filters[slug][$eq]=get-help&fields[0]=title`, { headers: WRITE_AUTH });
  const documentId = ((await found.json()) as { data: { documentId: string }[] }).data[0]!.documentId;

  await signIn(page);
  await page.goto(`/admin/content-manager/collection-types/api::page.page/${documentId}`);
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('Get help now', UNTIL_IT_HAPPENS);

  // The locale switcher in the edit view opens the same page in Spanish.
  await page.getByRole('combobox', { name: 'Locales' }).click();
  await page.getByRole('option', { name: /Spanish \(es\)/ }).click();
  await expect(page).toHaveURL(/plugins\[i18n\]\[locale\]=es/);
  await expect(title).toHaveValue('Ayuda inmediata');
  // The English beside it, read-only, for the translator.
  const source = page.getByTestId('english-source');
  await expect(source).toContainText('English source', UNTIL_IT_HAPPENS);
  await expect(source).toContainText('Get help now');
  await title.fill(EDIT);
  await screenshot(page, testInfo, '8-translate');

  await page.getByRole('button', { name: 'Publish' }).click();
  await confirmNotice(page, 'Published document');
  const published = Date.now();
  await expect.poll(spanish, { ...UNTIL_IT_HAPPENS, intervals: [250] }).toContain(`<h1>${EDIT}</h1>`);
  console.log(`published translation visible at /es after ${Date.now() - published} ms`);
  // English, and the other language, are as they were.
  expect(await (await request.get(`${SITE}/get-help`)).text()).not.toContain(EDIT);
  expect(await (await request.get(`${SITE}/fr/get-help`)).text()).not.toContain(EDIT);
});

test('a malformed hotline number is refused with a message, and the site keeps the right one', async ({
  page,
  request,
}, testInfo) => {
  await signIn(page);
  await page.goto('/admin/content-manager/single-types/api::site-setting.site-setting');
  const phone = page.getByRole('textbox', { name: 'Phone' });
  await expect(phone).toHaveValue('1-888-373-7888', UNTIL_IT_HAPPENS);
  await phone.fill('1-800-BAD-NUMBER');
  await page.getByRole('button', { name: 'Save' }).click();
  // The admin says what a number looks like, under the field, and keeps what the editor typed.
  await expect(phone).toHaveAccessibleDescription(/Phone numbers are written like 1-888-373-7888/);
  await expect(phone).toHaveValue('1-800-BAD-NUMBER');
  await confirmNotice(page, 'There are validation errors in your document');
  await screenshot(page, testInfo, '6-hotline-refused');

  // An API client with a full-access token cannot save it either (nor as a draft).
  const hotline = { phone: '1-800-BAD-NUMBER', sms: '233733', tty: '711' };
  const viaApi = await request.put(`${CMS}/api/site-setting?status=draft`, { headers: WRITE_AUTH, data: { data: { hotline } } });
  expect(viaApi.status()).toBe(400);
  const { error } = (await viaApi.json()) as { error: { message: string; details: { errors: { path: string[] }[] } } };
  expect(error.message).toBe('The hotline phone "1-800-BAD-NUMBER" is not valid: write it like 1-888-373-7888.');
  expect(error.details.errors[0]?.path).toEqual(['hotline', 'phone']);

  const settings = await request.get(`${CMS}/api/site-setting?populate=hotline&status=draft`, { headers: WRITE_AUTH });
  expect(((await settings.json()) as { data: { hotline: { phone: string } } }).data.hotline.phone).toBe('1-888-373-7888');
  const site = await (await request.get(`${SITE}/get-help`)).text();
  expect(site).toContain('1-888-373-7888');
  expect(site).not.toContain('BAD-NUMBER');
});

test('new hotline numbers wait for a second person: the banner shows them, the proposer cannot approve', async ({ page, request }, testInfo) => {
  await signIn(page);
  await page.goto('/admin/content-manager/single-types/api::site-setting.site-setting');
  const phone = page.getByRole('textbox', { name: 'Phone' });
  await expect(phone).toHaveValue('1-888-373-7888', UNTIL_IT_HAPPENS);
  // Seen in CI: the form was loaded again just after the number was typed, back to the saved one,
  // with Publish disabled. Typed again until the form holds it (Publish enabled), then published.
  const publish = page.getByRole('button', { name: 'Publish' });
  await expect(async () => {
    if ((await phone.inputValue()) !== '1-800-555-0142') await phone.fill('1-800-555-0142');
    await expect(publish).toBeEnabled({ timeout: 1000 });
  }).toPass(UNTIL_IT_HAPPENS);
  await publish.click();
  await confirmNotice(page, 'Published document');
  // Published, but visitors keep the current number, even once the site has read the settings again.
  await rereadFromCms(request, 'site-setting');
  expect(await (await request.get(`${SITE}/get-help`)).text()).toContain('1-888-373-7888');
  await page.reload();
  const banner = page.getByTestId('hotline-change-banner').first();
  await expect(banner).toContainText('waiting for a second person', UNTIL_IT_HAPPENS);
  await expect(banner).toContainText('1-800-555-0142');
  await expect(phone).toHaveValue('1-888-373-7888');
  await screenshot(page, testInfo, '9-hotline-pending');
  // On a list the banner is one line that fits the page at every width, and moves no column of
  // the list: the Status column is where it is without the banner.
  for (const width of [1440, 1024, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/admin/content-manager/collection-types/api::faq.faq');
    const onList = page.getByTestId('hotline-change-banner');
    await expect(onList).toContainText('waiting for a second person', UNTIL_IT_HAPPENS);
    const box = (await onList.boundingBox())!;
    expect(box.x + box.width, `banner at ${width} px`).toBeLessThanOrEqual(width);
    const status = page.getByRole('grid').getByRole('row').first().getByRole('gridcell', { name: 'status', exact: true });
    const withBanner = (await status.boundingBox())!.x;
    await onList.getByRole('button', { name: 'Hide' }).click();
    await expect(onList).toHaveCount(0);
    expect((await status.boundingBox())!.x, `Status column at ${width} px`).toBe(withBanner);
  }
  await page.reload(); // hidden on that page only: it shows again, with its link to the numbers
  await page.getByRole('link', { name: 'Review them in Site settings' }).click();
  await expect(banner).toContainText('1-800-555-0142', UNTIL_IT_HAPPENS);
  await banner.getByRole('button', { name: 'Approve' }).click();
  await expect(banner).toContainText('needs a second person');
  await rereadFromCms(request, 'site-setting');
  expect(await (await request.get(`${SITE}/get-help`)).text()).not.toContain('1-800-555-0142');
  // The proposer may withdraw it.
  await banner.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByTestId('hotline-change-banner')).toHaveCount(0);
  const settings = await request.get(`${CMS}/api/site-setting?populate=hotline`);
  expect(((await settings.json()) as { data: { hotline: { phone: string } } }).data.hotline.phone).toBe('1-888-373-7888');
});

test('a save the CMS refuses keeps what the editor typed, with the reason', async ({ page, request }) => {
  await signIn(page);
  await page.goto('/admin/content-manager/collection-types/api::faq.faq');
  await page.getByRole('row').filter({ hasText: 'How can I help?' }).getByText('How can I help?').click();
  const question = page.getByRole('textbox', { name: 'Question' });
  await expect(question).toHaveValue('How can I help?', UNTIL_IT_HAPPENS);

  // A question edit plus an answer far over the rich-text limit (a check only the server makes).
  await question.fill('How can I help? (edited)');
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.insertText('y'.repeat(21_000));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: /Notifications/ })).toContainText(
    /Rich text is limited to 20,000 characters per field; too long: answer/,
  );
  await expect(question).toHaveValue('How can I help? (edited)');
  await expect(page.locator('[data-slate-editor="true"]').first()).toContainText('yyyyyyyyyy');

  const stored = await request.get(`${CMS}/api/faqs?filters[slug][$eq]=how-can-i-help&status=draft`, { headers: WRITE_AUTH });
  expect(((await stored.json()) as { data: { question: string }[] }).data[0]?.question).toBe('How can I help?');
});

test('an editor makes a partner webhook’s signing secret, shown once, and a new one replaces it', async ({ page, request }) => {
  const WEBHOOK = '/collection-types/api::partner-webhook.partner-webhook';
  const created = await contentManager(request, 'POST', WEBHOOK, { name: 'End-to-end partner', url: 'https://partner.example/hooks', enabled: false });
  expect(created.ok(), await created.text()).toBe(true);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  try {
    await signIn(page);
    await page.goto(`/admin/content-manager${WEBHOOK}/${documentId}`);
    const button = page.getByRole('button', { name: 'New signing secret' });
    await expect(button).toBeVisible(UNTIL_IT_HAPPENS);
    const secret = page.getByRole('textbox', { name: 'Signing secret' });
    await expect(secret).toHaveCount(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await button.click();
    await expect(secret).toHaveValue(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const first = await secret.inputValue();
    page.once('dialog', (dialog) => void dialog.accept());
    await button.click();
    await expect(secret).not.toHaveValue(first);
    const second = await secret.inputValue();
    expect(second).toMatch(/^whsec_/);

    // Shown that once: not after a reload, not in what the admin reads.
    await page.reload();
    await expect(button).toBeVisible(UNTIL_IT_HAPPENS);
    await expect(secret).toHaveCount(0);
    const entry = await (await contentManager(request, 'GET', `${WEBHOOK}/${documentId}`)).text();
    expect(entry).toContain('End-to-end partner');
    expect(entry).not.toContain(second.slice('whsec_'.length));
  } finally {
    await contentManager(request, 'DELETE', `${WEBHOOK}/${documentId}`);
  }
});

test('the Translations page counts what waits per language, gives the translator a file and takes it back as drafts', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Translations' }).click();
  await expect(page.getByRole('heading', { name: 'Translations', level: 1 })).toBeVisible(UNTIL_IT_HAPPENS);
  const french = page.getByRole('region', { name: 'French (fr)' });
  await expect(french.getByRole('rowheader', { name: 'FAQ' })).toBeVisible(UNTIL_IT_HAPPENS);
  const audit = await axe(page).include('main').analyze();
  expect(audit.violations).toEqual([]);
  // The view is ours (the admin around it is Strapi's): its markup, through the W3C HTML checker.
  expect(await htmlErrors({ translations: asDocument(await page.locator('main').evaluate((main) => main.outerHTML), 'Translations') })).toEqual([]);

  const downloading = page.waitForEvent('download');
  await french.getByRole('button', { name: 'Export everything (XLIFF)' }).click();
  const file = await (await downloading).path();
  const xliff = readFileSync(file, 'utf8');
  expect(xliff).toMatch(/trgLang="fr"/);
  expect(xliff).toContain('<source>Do we need more laws?</source>');

  // Back as it went out (the translations it already had): saved as drafts, with the report.
  await french.getByLabel('Translated file for French (fr)').setInputFiles(file);
  await french.getByRole('button', { name: 'Import as drafts' }).click();
  await expect(french.getByRole('status')).toContainText(/\d+ entries \(\d+ texts\) saved as drafts in French \(fr\)/, UNTIL_IT_HAPPENS);
});

test('the admin home says what waits: two more new contact messages after two are posted, each number a link to the list', async ({ page, request }) => {
  await signIn(page);
  const newMessages = page.getByTestId('work-waiting').getByRole('link', { name: /Contact messages: new/ });
  const count = async () => Number(/\d+/.exec((await newMessages.textContent()) ?? '')?.[0] ?? NaN);
  await expect(newMessages).toBeVisible(UNTIL_IT_HAPPENS);
  const before = await count();
  const audit = await axe(page).include('[data-testid="work-waiting"]').analyze();
  expect(audit.violations).toEqual([]);
  expect(await htmlErrors({ 'what waits': asDocument(await page.getByTestId('work-waiting').evaluate((widget) => widget.outerHTML), 'What waits') })).toEqual([]);

  for (const name of ['Ari Waiting', 'Bo Waiting']) {
    const created = await request.post(`${CMS}/api/contact-messages`, {
      headers: { authorization: `Bearer ${process.env.E2E_FORMS_TOKEN}` },
      data: { data: { name, email: 'waiting@example.test', replyBy: 'email', message: 'Please write back.' } },
    });
    expect(created.status()).toBe(201);
  }
  // Other journeys may post messages at the same time: at least these two more.
  await expect
    .poll(async () => {
      await page.reload();
      await expect(newMessages).toBeVisible(UNTIL_IT_HAPPENS);
      return count();
    }, UNTIL_IT_HAPPENS)
    .toBeGreaterThanOrEqual(before + 2);
  await newMessages.click();
  await expect(page).toHaveURL(/api::contact-message\.contact-message\?filters.*handlingStatus.*new/);
  await expect(page.getByRole('row', { name: /Bo Waiting/ })).toBeVisible(UNTIL_IT_HAPPENS);
});

test('the Content Manager opens on Pages and lists what visitors send and the records apart, after the content', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Content Manager' }).first().click();
  await expect(page).toHaveURL(/collection-types\/api::page\.page/, UNTIL_IT_HAPPENS);
  const menu = page.getByRole('navigation', { name: 'Content Manager' });
  const names = await menu.getByRole('link').allTextContents();
  const at = (name: string) => names.findIndex((text) => text.trim() === name);
  expect(at('Page')).toBe(0);
  for (const content of ['FAQ', 'Council agency', 'Resource', 'Guiding principle']) expect(at(content), content).toBeLessThan(at('Contact message'));
  for (const record of ['Audit log', 'Webhook delivery', 'Hotline change']) expect(at(record), record).toBeGreaterThan(at('Newsletter subscription'));
  await expect(menu.getByText('Messages and sign-ups')).toBeVisible();
  await expect(menu.getByText('Partners and records')).toBeVisible();
});

test('beside an entry, the phone numbers to check: publishing one nobody knows waits for the editor to confirm it', async ({ page, request }) => {
  const created = await request.post(`${CMS}/api/faqs?status=draft`, {
    headers: WRITE_AUTH,
    data: { data: { question: 'Which number should I call?', slug: 'numbers-beside-entry', order: 91, answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Call 207-555-0142 in the evening.' }] }] } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  try {
    await signIn(page);
    await page.goto(`/admin/content-manager/collection-types/api::faq.faq/${documentId}`);
    const panel = page.getByTestId('numbers-to-check');
    await expect(panel).toContainText('207-555-0142', UNTIL_IT_HAPPENS);
    await expect(panel).toContainText('confirm it is right before you publish');
    const audit = await axe(page).include('[data-testid="numbers-to-check"]').analyze();
    expect(audit.violations).toEqual([]);
    // Publish waits for the editor's word on the number; once given, it goes out.
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText(/207-555-0142 is neither the hotline nor a council agency's number/).first()).toBeVisible(UNTIL_IT_HAPPENS);
    await panel.getByRole('button', { name: 'Confirm 207-555-0142 is right' }).click();
    await expect(panel).toContainText('confirmed right by', UNTIL_IT_HAPPENS);
    await page.getByRole('button', { name: 'Publish' }).click();
    await confirmNotice(page, 'Published document');
  } finally {
    await request.delete(`${CMS}/api/faqs/${documentId}?locale=*`, { headers: WRITE_AUTH });
  }
});

test('an editor compares two versions of an FAQ, restores the first into the draft, publishes it, and the site shows it', async ({ page, request }) => {
  const answers = ['Staff read every message within a day.', 'Staff read every message within two days.', 'A hurried edit that says nothing useful.'];
  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  const created = await request.post(`${CMS}/api/faqs?status=published`, {
    headers: WRITE_AUTH,
    data: { data: { question: 'Who reads my message?', slug: 'history-journey', order: 92, answer: body(answers[0]!) } },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  try {
    for (const text of answers.slice(1)) {
      expect((await request.put(`${CMS}/api/faqs/${documentId}?status=published`, { headers: WRITE_AUTH, data: { data: { answer: body(text) } } })).status()).toBe(200);
    }
    await signIn(page);
    await page.goto(`/admin/content-manager/collection-types/api::faq.faq/${documentId}`);
    const panel = page.getByTestId('entry-history');
    await expect(panel.getByRole('listitem')).toHaveCount(3, UNTIL_IT_HAPPENS);
    const panelAxe = await axe(page).include('[data-testid="entry-history"]').analyze();
    expect(panelAxe.violations).toEqual([]);

    // The two newest side by side: the removed words struck through, the new ones underlined.
    await panel.getByRole('button', { name: 'Compare side by side' }).click();
    const dialog = page.getByRole('dialog', { name: 'Two versions side by side' });
    const answerRow = dialog.getByRole('row', { name: /^answer \(changed\)/ });
    await expect(answerRow.locator('del')).toContainText('two days', UNTIL_IT_HAPPENS);
    await expect(answerRow.locator('ins')).toContainText('hurried');
    // Contrast is read once the dialog has faded in.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    const dialogAxe = await axe(page).include('[role="dialog"]').analyze();
    expect(dialogAxe.violations).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    // The oldest into the draft: the form shows it, visitors still get the newest until Publish.
    await panel.getByRole('button', { name: /Restore the version of/ }).last().click();
    const answer = page.locator('[data-slate-editor="true"]').first();
    await expect(answer).toContainText(answers[0]!, UNTIL_IT_HAPPENS);
    await page.getByRole('button', { name: 'Publish' }).click();
    await confirmNotice(page, 'Published document');
    await expect.poll(async () => (await request.get(`${SITE}/faq`)).text(), { ...UNTIL_IT_HAPPENS, intervals: [250] }).toContain(answers[0]!);
    await page.reload();
    await expect(panel.getByRole('listitem')).toHaveCount(4, UNTIL_IT_HAPPENS);
  } finally {
    await request.delete(`${CMS}/api/faqs/${documentId}?locale=*`, { headers: WRITE_AUTH });
  }
});
