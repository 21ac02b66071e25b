// Hostile requests to the site: non-ASCII secrets and cookies, open-redirect and header-injection
// slugs for the preview, prototype keys for the revalidation endpoint. Each gets a clear 4xx (or,
// for a forged cookie, the ordinary page with the hotline), never a 500.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { HOTLINE, SITE, sitemapPaths } from '../helpers';

const revalidateSecret = process.env.E2E_REVALIDATE_SECRET!;
const previewSecret = process.env.E2E_PREVIEW_SECRET!;
const accented = 'é'.repeat(43);

/**
 * A form post sent piece by piece: chunked (no Content-Length), or with its length declared.
 * Resolves with the answer, even one sent before the whole body was.
 */
function postInPieces(url: string, pieces: string[], { declareLength = false } = {}): Promise<{ status: number; body: string }> {
  const length = pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {
        origin: SITE,
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        ...(declareLength ? { 'content-length': String(length) } : { 'transfer-encoding': 'chunked' }),
      },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    // The site may stop reading once it has answered: the answer is what counts, and a write that
    // fails after it is no error. The request closes after its answer has come, if one came at all:
    // closed without one (a reset connection) is status 0.
    let answered = false;
    request.on('response', () => (answered = true));
    request.on('error', () => {});
    request.on('close', () => answered || resolve({ status: 0, body: '' }));
    for (const piece of pieces) request.write(piece);
    request.end();
  });
}

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

test('leaving preview only goes to this site’s own pages, whatever the encoding', async ({ request }) => {
  const exit = (to: string) => request.get(`/api/preview/exit?to=${to}`, { maxRedirects: 0 });
  for (const to of ['/%5Cevil.example', '/%09/evil.example', '//evil.example', '/%0d%0aSet-Cookie:x=1', '/%E2%80%AE', 'https://evil.example', '/%00']) {
    const response = await exit(to);
    expect(response.status(), to).toBe(303);
    expect(response.headers()['location'], to).toBe('/');
    expect(response.headers()['set-cookie'] ?? '', to).not.toContain('x=1');
  }
  expect((await exit('/es/faq')).headers()['location']).toBe('/es/faq');
});

test('a post naming the default action (?/default) is the ordinary post, never a 500', async ({ request }) => {
  for (const path of ['/search?/default', '/es/search?/default', '/contact?/default', '/es/contact?/default']) {
    const response = await request.post(path, { form: { q: 'training', name: '' }, headers: { origin: SITE, accept: 'text/html' }, maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect([200, 303], path).toContain(response.status());
  }
  const other = await request.post('/search?/nope', { form: { q: 'x' }, headers: { origin: SITE, accept: 'text/html' } });
  expect(other.status()).toBe(404);
  expect(await other.text()).toContain(HOTLINE.phone);
});

test('a form body over the limit is refused with 413 however it is sent, and never echoed', async () => {
  const body = ['name=', ...Array.from({ length: 10 }, () => 'a'.repeat(20_000))];
  for (const path of ['/contact', '/search', '/newsletter/unsubscribe']) {
    for (const declareLength of [false, true]) {
      const answer = await postInPieces(`${SITE}${path}`, body, { declareLength });
      expect(answer.status, `${path} ${declareLength ? 'with' : 'without'} Content-Length`).toBe(413);
      expect(answer.body.length, path).toBeLessThan(60_000);
      expect(answer.body).toContain(HOTLINE.phone);
    }
  }
  // Past adapter-node's own limit (512 KB) too.
  expect((await postInPieces(`${SITE}/contact`, ['name=', 'x'.repeat(600 * 1024)])).status).toBe(413);
});

test('query parameters no page reads and forged preview cookies are answered from the one kept page', async ({ request }) => {
  await request.get('/faq');
  const kept = await request.get('/faq');
  expect(kept.headers()['x-output-cache']).toBe('hit');
  const html = await kept.text();
  // ?a=1, ?a=2 … find the kept page instead of each making (and keeping) one more.
  for (const path of ['/faq?a=1', '/faq?a=2', '/faq?utm_source=newsletter&fbclid=x', '/faq?']) {
    const response = await request.get(path);
    expect(response.headers()['x-output-cache'], path).toBe('hit');
    expect(await response.text(), path).toBe(html);
  }
  // A preview cookie that does not verify is no cookie: the published page, from the cache.
  for (const cookie of ['sten_preview=x', `sten_preview=${accented}`, 'sten_preview=']) {
    const response = await request.get('/faq', { headers: { cookie } });
    expect(response.headers()['x-output-cache'], cookie).toBe('hit');
  }
  // The site's own preview cookie still gets the draft, never the kept page.
  const entered = await request.get(`/api/preview?secret=${previewSecret}&uid=api::page.page&slug=faq`, { maxRedirects: 0 });
  const cookie = /sten_preview=[^;]+/.exec(entered.headers()['set-cookie'] ?? '')![0];
  const draft = await request.get('/faq', { headers: { cookie } });
  expect(draft.headers()['x-output-cache']).toBeUndefined();
  expect(await draft.text()).toContain('preview-banner');
});
