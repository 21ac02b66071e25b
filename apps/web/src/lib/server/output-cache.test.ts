import { describe, expect, it } from 'vitest';
import { encodingFor, OutputCache, serverOutputCache, settleEncoding } from './output-cache.js';

const page = (tags: string[]) => ({ status: 200, headers: {}, body: Buffer.from('<p>page</p>'), tags });

describe('OutputCache', () => {
  it('drops the pages of a content type, in one language or all', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    cache.set('/faq', 'br', page(['site-setting', 'locale:en', 'page', 'faq']));
    cache.set('/es/faq', 'br', page(['site-setting', 'locale:es', 'page', 'faq']));
    cache.set('/about', 'br', page(['site-setting', 'locale:en', 'page']));
    expect(cache.drop(['faq'], 'locale:es')).toBe(1);
    expect(cache.drop(['faq'])).toBe(1);
    expect(cache.get('/about', 'br')).toBeDefined();
  });

  it('does not keep a page whose render began before a drop that covers it', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    const faqRender = cache.mark();
    const aboutRender = cache.mark();
    cache.drop(['faq']); // the change notice arrives while both render
    expect(cache.set('/faq', 'br', page(['site-setting', 'locale:en', 'page', 'faq']), faqRender)).toBe(false);
    expect(cache.get('/faq', 'br')).toBeUndefined();
    // A page the drop does not cover is kept, and so is one rendered after the drop.
    expect(cache.set('/about', 'br', page(['site-setting', 'locale:en', 'page']), aboutRender)).toBe(true);
    expect(cache.set('/faq', 'br', page(['site-setting', 'locale:en', 'page', 'faq']), cache.mark())).toBe(true);
  });

  it('keeps a Spanish page rendered during a French-only drop', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    const since = cache.mark();
    cache.drop(['faq'], 'locale:fr');
    expect(cache.set('/es/faq', 'br', page(['locale:es', 'faq']), since)).toBe(true);
  });
});

describe('what a kept page is found by', () => {
  it('is the path: a query parameter no page reads (?a=1, ?a=2, utm_…) adds no entry', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    cache.set('/about', 'br', page(['page']));
    for (let i = 0; i < 100; i += 1) cache.set(`/about?a=${i}`, 'br', page(['page']));
    expect(cache.size).toBe(1);
    expect(cache.get('/about?utm_source=newsletter&fbclid=x', 'br')).toBeDefined();
  });

  it('keeps a resource list’s category apart (the first one, as the page reads it), however it is written', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    cache.set('/resources', 'br', page(['resource']));
    cache.set('/resources?category=legal', 'br', page(['resource']));
    expect(cache.size).toBe(2);
    for (const url of ['/resources?category=legal&x=1', '/resources?x=1&category=le%67al', '/resources?category=legal&category=other']) {
      expect(cache.get(url, 'br'), url).toBe(cache.get('/resources?category=legal', 'br'));
    }
    expect(cache.get('/resources?category=housing', 'br')).toBeUndefined();
  });

  it('keeps each page of a long list apart (page, page2 …, beside the category), and drops them with the page', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    const tags = ['locale:es', 'page', 'council-agency'];
    cache.set('/es/provider-council', 'br', page(tags));
    cache.set('/es/provider-council?page=2', 'br', page(tags));
    cache.set('/es/provider-council?page=3', 'br', page(tags));
    cache.set('/es/faq?page=2&page2=3', 'br', page(['locale:es', 'faq']));
    cache.set('/resources?category=legal&page=2', 'br', page(['locale:en', 'resource']));
    expect(cache.size).toBe(5);
    expect(cache.get('/es/provider-council?page=2&utm_source=x', 'br')).toBe(cache.get('/es/provider-council?page=2', 'br'));
    expect(cache.get('/es/provider-council?page=2', 'br')).not.toBe(cache.get('/es/provider-council?page=3', 'br'));
    expect(cache.get('/es/faq?page2=3&page=2', 'br')).toBeDefined();
    expect(cache.get('/es/faq?page=2', 'br')).toBeUndefined();
    expect(cache.get('/resources?page=2&category=legal', 'br')).toBeDefined();
    expect(cache.get('/resources?page=2', 'br')).toBeUndefined();
    expect(cache.drop(['council-agency'], 'locale:es')).toBe(3);
    expect(cache.get('/es/provider-council?page=2', 'br')).toBeUndefined();
  });

  it('never keeps a path written with percent-escapes (one more copy of a page per spelling)', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    for (const url of ['/%61bout', '/a%62out', '/es/%61bout']) expect(cache.set(url, 'br', page(['page'])), url).toBe(false);
    expect(cache.size).toBe(0);
    expect(cache.get('/%61bout', 'br')).toBeUndefined();
  });

  it('is the same for the request line server.js reads and the URL SvelteKit parsed', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    cache.set('/es/faq', 'gzip', page(['faq'])); // the hooks: pathname + search
    expect(cache.get('/es/./faq?', 'gzip')).toBeDefined(); // server.js: req.url as sent
    expect(cache.get('/es/x/../faq', 'gzip')).toBeDefined();
    // A request target that is not a path is resolved as adapter-node does (after the origin).
    cache.set('/faq', 'gzip', page(['faq']));
    expect(cache.get('//evil.example/faq', 'gzip')).toBeUndefined();
    expect(cache.get('http://evil.example/faq', 'gzip')).toBeUndefined();
  });
});

describe('the output cache server.js answers from', () => {
  const scope = globalThis as Record<symbol, unknown>;
  const shared = Symbol.for('maine-sten.output-cache');

  it('keeps nothing without ORIGIN: pages would carry links to whatever Host a request names', () => {
    delete scope[shared];
    const cache = serverOutputCache({ ORIGIN: undefined, CONTENT_TTL_SECONDS: 30 });
    expect(cache.set('/about', 'br', page(['page']))).toBe(false);
    expect(cache.get('/about', 'br')).toBeUndefined();
    delete scope[shared];
    expect(serverOutputCache({ ORIGIN: 'https://mainesten.org', CONTENT_TTL_SECONDS: 30 }).set('/about', 'br', page(['page']))).toBe(true);
    delete scope[shared];
  });
});

describe('the encoding a page is sent in', () => {
  it.each([
    [undefined, 'identity'],
    [null, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'], // what browsers send
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['GZIP', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'],
    [' br ; q=0.1 ,gzip;q=0.01', 'br'],
    ['zstd, br;q=0.5', 'br'],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['*, br;q=0', 'gzip'],
    ['*, br;q=0, gzip;q=0', 'identity'],
    ['identity;q=0, gzip', 'gzip'],
    ['*, identity;q=0', 'br'],
    ['gzip;q=0.001, identity;q=0.5', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    // Nothing the cache holds is acceptable: the page goes as it is, as Express's compression sends it.
    ['br;q=0, gzip;q=0, identity;q=0', 'identity'],
    ['*;q=0', 'identity'],
    ['gzip;q=abc', 'identity'],
  ] as const)('for Accept-Encoding %j is %s', (header, encoding) => {
    expect(encodingFor(header)).toBe(encoding);
  });

  it('is what every reader of the request sees once chosen (the static files read the header with a regular expression)', () => {
    const req = { headers: { 'accept-encoding': 'br;q=0, gzip' } };
    expect(settleEncoding(req)).toBe('gzip');
    expect(req.headers['accept-encoding']).toBe('gzip');
    expect(/(br|brotli)/i.test(req.headers['accept-encoding'])).toBe(false);
    const none: { headers: { 'accept-encoding'?: string } } = { headers: {} };
    expect(settleEncoding(none)).toBe('identity');
    expect(none.headers['accept-encoding']).toBe('identity');
  });

  it('keys the cache: a page kept for one header is found for any header with the same choice, and only for those', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    cache.set('/faq', encodingFor('br;q=0, gzip'), page(['faq']));
    expect(cache.get('/faq', encodingFor('gzip'))).toBeDefined();
    expect(cache.get('/faq', encodingFor('*, br;q=0'))).toBeDefined();
    expect(cache.get('/faq', encodingFor('gzip, deflate, br'))).toBeUndefined();
    expect(cache.get('/faq', encodingFor(undefined))).toBeUndefined();
  });
});
