// A question published in the CMS is found by the site search once the change notice has rebuilt
// the index (not once the cache expired: the end-to-end sites keep content longer than the run),
// with its accents folded: "educacion" finds "educación". The time it took is logged.
import { expect, test } from '@playwright/test';
import { CMS, SITE, UNTIL_IT_HAPPENS, WRITE_AUTH } from '../helpers';

test('a published question is found by the change notice, accents folded', async ({ request, browser }) => {
  const question = '¿Dónde hay educación sobre la trata de personas?';
  const created = await request.post(`${CMS}/api/faqs?status=published`, {
    headers: WRITE_AUTH,
    data: {
      data: {
        question,
        slug: 'donde-hay-educacion',
        order: 95,
        answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Maine STEN ofrece formación.' }] }],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  try {
    const start = Date.now();
    await expect
      .poll(
        async () => (await request.post('/search', { form: { q: 'educacion' }, headers: { origin: SITE, accept: 'text/html' } })).text(),
        { ...UNTIL_IT_HAPPENS, intervals: [250] },
      )
      .toContain('href="/faq#donde-hay-educacion"');
    console.log(`published question found by search after ${Date.now() - start} ms`);
    // And from the header of a page, with JavaScript on and off.
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, baseURL: SITE });
      const page = await context.newPage();
      await page.goto('/about');
      await page.locator('#site-search-q').fill('educacion');
      await page.locator('#site-search-q').press('Enter');
      await expect(page.locator('.search__title[href="/faq#donde-hay-educacion"]')).toBeVisible();
      await expect(page.locator('.search__title[href="/faq#donde-hay-educacion"] mark')).toHaveText('educación');
      await context.close();
    }
  } finally {
    await request.delete(`${CMS}/api/faqs/${documentId}`, { headers: WRITE_AUTH });
  }
});
