// The hooks send a page in the encoding negotiated from Accept-Encoding, keep it in the output
// cache under that choice, and say Vary: Accept-Encoding on every page answer (a HEAD too), so no
// shared cache hands a Brotli page to a client that refused Brotli.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { outputCache } from '$lib/server/content';
import { handle } from './hooks.server';

const HTML = '<!doctype html><html><body><p>A page</p></body></html>';
let pages = 0;

/** The hooks' answer for a new published page (a content type's tag: kept by the output cache). */
async function answer(acceptEncoding: string | undefined, method = 'GET') {
  const path = `/encoding-test-${(pages += 1)}`;
  const url = new URL(path, 'http://site.test');
  const event = {
    url,
    request: new Request(url, { method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }),
    route: { id: '/[[lang=lang]]/[slug]' },
    platform: undefined,
    locals: {},
    cookies: { get: () => undefined },
  } as unknown as RequestEvent;
  const response = await handle({
    event,
    resolve: async (resolved) => {
      resolved.locals.cacheTags.add('page');
      return new Response(method === 'HEAD' ? null : HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
  });
  return { path, response };
}

const decoded = (body: Buffer, encoding: string | null) =>
  (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString();

describe('a page answer', () => {
  it.each([
    [undefined, 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.9, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity;q=0, gzip;q=0.1', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
  ] as const)('for Accept-Encoding %j is sent and kept in %s, with Vary', async (header, encoding) => {
    const { path, response } = await answer(header);
    expect(response.headers.get('content-encoding')).toBe(encoding === 'identity' ? null : encoding);
    expect(response.headers.get('vary')).toBe('accept-encoding');
    const body = Buffer.from(await response.arrayBuffer());
    expect(decoded(body, response.headers.get('content-encoding'))).toBe(HTML);
    for (const kept of ['br', 'gzip', 'identity'] as const) {
      expect(outputCache.get(path, kept)?.headers.vary, kept).toBe(kept === encoding ? 'accept-encoding' : undefined);
    }
  });

  it('says Vary: Accept-Encoding without a body too (HEAD)', async () => {
    const { response } = await answer('br;q=0, gzip', 'HEAD');
    expect(response.headers.get('vary')).toBe('accept-encoding');
  });
});
