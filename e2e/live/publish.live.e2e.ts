// Publish → live: a change saved in the CMS shows on the site, and a removed page answers 404, by
// the CMS's notice to /api/revalidate (or the site's own check for changes), not by the cache
// expiring: the end-to-end sites keep content longer than the run (CONTENT_TTL_SECONDS), so no
// deadline is needed to tell the two apart. The time each took is logged.
import { expect, test } from '@playwright/test';
import { CMS, UNTIL_IT_HAPPENS, WRITE_AUTH } from '../helpers';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

test('an edit is live without waiting for the cache, and a removed page is gone', async ({ page, request }) => {
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
    .poll(async () => (await request.get('/live-test-page')).text(), { ...UNTIL_IT_HAPPENS, intervals: [250] })
    .toContain('Live test page, edited');
  console.log(`edit visible after ${Date.now() - start} ms`);

  expect((await request.delete(`${CMS}/api/pages/${documentId}`, { headers: WRITE_AUTH })).status()).toBe(204);
  const removed = Date.now();
  await expect
    .poll(async () => (await request.get('/live-test-page')).status(), { ...UNTIL_IT_HAPPENS, intervals: [250] })
    .toBe(404);
  console.log(`removed page answered 404 after ${Date.now() - removed} ms`);
});
