// A page editors have not translated yet (every seeded page is: languages.e2e.ts) is shown in
// English in every language, marked lang="en", under a notice in the visitor's language.
import { expect, test } from '@playwright/test';
import { CMS, messagesOf, WRITE_AUTH } from '../helpers';

const SLUG = 'untranslated-test-page';

test('a page only in English shows its English body, marked lang="en", under a notice in the visitor’s language', async ({ page, request }) => {
  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: {
      data: {
        title: 'Only in English',
        slug: SLUG,
        showInNavigation: false,
        order: 97,
        body: [{ __component: 'sections.rich-text', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'This text has no translation yet.' }] }] }],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  try {
    for (const locale of ['es', 'fr'] as const) {
      await expect.poll(async () => (await page.goto(`/${locale}/${SLUG}`))?.status()).toBe(200);
      await expect(page.locator('.untranslated')).toHaveText(messagesOf(locale).untranslatedNotice!);
      await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
      // The English text is marked, section by section; the interface around it stays translated.
      const english = page.locator('main section[lang="en"]');
      await expect(english.first()).toContainText('This text has no translation yet.');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
    await page.goto(`/${SLUG}`);
    await expect(page.locator('.untranslated')).toHaveCount(0);
  } finally {
    await request.delete(`${CMS}/api/pages/${documentId}`, { headers: WRITE_AUTH });
  }
});
