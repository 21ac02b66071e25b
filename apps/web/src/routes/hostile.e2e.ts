// Hostile requests to the site: non-ASCII secrets and cookies, open-redirect and header-injection
// slugs for the preview, prototype keys for the revalidation endpoint. Each gets a clear 4xx (or,
// for a forged cookie, the ordinary page with the hotline), never a 500.
import { expect, test } from '@playwright/test';
import { HOTLINE, sitemapPaths } from '../e2e';

const revalidateSecret = process.env.E2E_REVALIDATE_SECRET!;
const previewSecret = process.env.E2E_PREVIEW_SECRET!;
const accented = 'é'.repeat(43);

test('a forged, non-ASCII preview cookie gets the ordinary published pages', async ({ page, request }) => {
  for (const path of await sitemapPaths(page)) {
    const response = await request.get(path, { headers: { cookie: `sten_preview=${accented}` } });
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html).toContain(HOTLINE.phone);
    expect(html).toContain('id="quick-exit"');
    expect(html).not.toContain('preview-banner');
  }
});

test('non-ASCII or wrong-length secrets answer 401', async ({ request }) => {
  for (const secret of [accented, 'x', `${previewSecret}é`]) {
    const response = await request.get(`/api/preview?secret=${encodeURIComponent(secret)}&uid=api::page.page&slug=about`, { maxRedirects: 0 });
    expect(response.status()).toBe(401);
  }
  for (const token of [accented, 'x', `${revalidateSecret}é`]) {
    const response = await request.post('/api/revalidate', { data: { model: 'faq' }, headers: { authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(401);
  }
});

test('the preview only redirects to this site’s own pages', async ({ request }) => {
  const preview = (slug: string) =>
    request.get(`/api/preview?secret=${previewSecret}&uid=api::page.page&slug=${encodeURIComponent(slug)}`, { maxRedirects: 0 });
  for (const slug of ['//evil.example', '/\\evil.example', 'about\r\nSet-Cookie: x=1', 'about\nx', '../admin', 'About']) {
    expect((await preview(slug)).status(), JSON.stringify(slug)).toBe(400);
  }
  const ok = await preview('about');
  expect(ok.status()).toBe(303);
  expect(ok.headers()['location']).toBe('/about');
});

test('prototype keys as a model name change nothing', async ({ request }) => {
  for (const model of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    const response = await request.post('/api/revalidate', {
      data: JSON.parse(`{"model":${JSON.stringify(model)}}`),
      headers: { authorization: `Bearer ${revalidateSecret}` },
    });
    expect(response.status(), model).toBe(200);
    expect(await response.json()).toEqual({ invalidated: 0 });
  }
});
