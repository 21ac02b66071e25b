// Publish → live: a change saved in the CMS shows on the site within 5 seconds, and a removed page
// answers 404 within 5 seconds (the CMS notifies /api/revalidate; no waiting for the cache TTL).
import { expect, test } from '@playwright/test';
import { CMS, WRITE_AUTH } from '../helpers';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

test('an edit is live within 5 s, and a removed page is gone within 5 s', async ({ page, request }) => {
  const created = await request.post(`${CMS}/api/pages?status=published`, {
    headers: WRITE_AUTH,
    data: {
      data: {
        title: 'Live test page',
        slug: 'live-test-page',
        showInNavigation: false,
        order: 99,
        body: [{ __component: 'sections.rich-text', body: [paragraph('First version.')] }],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

  await page.goto('/live-test-page');
  await expect(page.locator('h1')).toHaveText('Live test page');

  const edited = await request.put(`${CMS}/api/pages/${documentId}?status=published`, {
    headers: WRITE_AUTH,
    data: { data: { title: 'Live test page, edited' } },
  });
  expect(edited.status()).toBe(200);
  const start = Date.now();
  await expect
    .poll(async () => (await request.get('/live-test-page')).text(), { timeout: 5000, intervals: [250] })
    .toContain('Live test page, edited');
  console.log(`edit visible after ${Date.now() - start} ms`);

  expect((await request.delete(`${CMS}/api/pages/${documentId}`, { headers: WRITE_AUTH })).status()).toBe(204);
  await expect
    .poll(async () => (await request.get('/live-test-page')).status(), { timeout: 5000, intervals: [250] })
    .toBe(404);
});
