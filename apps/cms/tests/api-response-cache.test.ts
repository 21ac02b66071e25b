// The content API's response cache and query cost, against a booted CMS: a second identical read
// is answered without one database query, a publish drops it, drafts and mutations are never
// kept, and a query that costs more than GRAPHQL_MAX_COST is refused before it runs (but not for
// the website's own server).
import { AsyncLocalStorage } from 'node:async_hooks';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const SITE_TOKEN = 'site-token-for-cache-tests-0123456789';
process.env.CMS_READ_TOKEN = SITE_TOKEN;

const suiteCms = useSuiteCms();
let cms: BootedCms;
let partner: string;

/**
 * Each request the server takes carries (through its async work) the list its queries are counted
 * in: the one being measured when it arrived, or none. So a measurement counts its own request's
 * queries only, never the cron jobs' nor what an earlier request left running, however slow.
 */
const request = new AsyncLocalStorage<string[] | null>();
let measuring: string[] | null = null;
const countQuery = ({ sql }: { sql: string }) => {
  request.getStore()?.push(sql);
};

beforeAll(async () => {
  cms = suiteCms();
  partner = await createApiToken(cms, 'Cache partner', 'read-only');
  const server = cms.strapi.server.httpServer;
  for (const listener of server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[]) {
    server.off('request', listener);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => request.run(measuring, () => listener(req, res)));
  }
  cms.strapi.db.connection.on('query', countQuery);
});

const FAQS = '{ faqs(pagination: { limit: 100 }) { documentId question slug } }';

async function graphql(query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}) {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, cache: response.headers.get('x-api-cache'), body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** How many database queries a request makes, and which. */
async function queriesOf<T>(send: () => Promise<T>): Promise<{ result: T; queries: number; sql: string[] }> {
  const sql: string[] = [];
  measuring = sql;
  try {
    const result = await send();
    return { result, queries: sql.length, sql };
  } finally {
    measuring = null;
  }
}

describe('the response cache', () => {
  it('answers a second identical GraphQL query without a database query, per kind of caller', async () => {
    for (const token of [undefined, partner]) {
      const first = await queriesOf(() => graphql(FAQS, { token }));
      expect(first.result.status).toBe(200);
      expect(first.result.cache).toBe('miss');
      expect(first.queries).toBeGreaterThan(0);
      const second = await queriesOf(() => graphql(FAQS, { token }));
      expect(second.result.cache).toBe('hit');
      expect(second.queries).toBe(0);
      expect(second.result.body).toEqual(first.result.body);
    }
  });

  it('keys by the whole query and its variables: another locale is another answer', async () => {
    const query = 'query ($locale: I18NLocaleCode) { faqs(locale: $locale, pagination: { limit: 100 }) { question } }';
    const english = await graphql(query, { variables: { locale: 'en' } });
    const spanish = await graphql(query, { variables: { locale: 'es' } });
    expect(spanish.cache).toBe('miss');
    expect(spanish.body).not.toEqual(english.body);
    expect((await graphql(query, { variables: { locale: 'es' } })).cache).toBe('hit');
  });

  it('keeps REST reads and the HSDS directory too', async () => {
    await fetch(`${cms.url}/api/faqs?pagination[pageSize]=5`);
    const again = await queriesOf(() => fetch(`${cms.url}/api/faqs?pagination[pageSize]=5`));
    expect(again.result.headers.get('x-api-cache')).toBe('hit');
    expect(again.queries).toBe(0);
    await fetch(`${cms.url}/api/hsds/organizations`);
    const directory = await queriesOf(() => fetch(`${cms.url}/api/hsds/organizations`));
    expect(directory.result.headers.get('x-api-cache')).toBe('hit');
    expect(directory.queries).toBe(0);
  });

  it('drops every answer on a publish: the next read shows the change', async () => {
    await graphql(FAQS);
    expect((await graphql(FAQS)).cache).toBe('hit');
    const faq = await cms.strapi.documents('api::faq.faq').findFirst({ locale: 'en', status: 'published' });
    await cms.strapi.documents('api::faq.faq').update({
      documentId: faq!.documentId,
      locale: 'en',
      status: 'published',
      data: { question: 'What changed in the cache test?' },
    });
    const after = await queriesOf(() => graphql(FAQS));
    expect(after.result.cache).toBe('miss');
    expect(after.queries).toBeGreaterThan(0);
    expect(JSON.stringify(after.result.body)).toContain('What changed in the cache test?');
  });

  it('keeps its answers when a visitor’s form is stored (no public answer shows it)', async () => {
    await graphql(FAQS);
    expect((await graphql(FAQS)).cache).toBe('hit');
    await cms.strapi.documents('api::contact-message.contact-message').create({
      data: { name: 'Cache test', email: 'someone@example.org', message: 'A message.', consent: true } as never,
    });
    expect((await graphql(FAQS)).cache).toBe('hit');
  });

  it('never keeps drafts (the site’s preview) nor full-access tokens’ reads', async () => {
    const drafts = '{ faqs(status: DRAFT, pagination: { limit: 100 }) { question } }';
    await graphql(drafts, { token: SITE_TOKEN });
    const again = await queriesOf(() => graphql(drafts, { token: SITE_TOKEN }));
    expect(again.result.cache).toBeNull();
    expect(again.queries).toBeGreaterThan(0);
    const rest = await queriesOf(() => fetch(`${cms.url}/api/faqs?status=draft`, { headers: { authorization: `Bearer ${SITE_TOKEN}` } }));
    expect(rest.result.headers.get('x-api-cache')).toBeNull();
    const full = await createApiToken(cms, 'Full access for the cache test', 'full-access');
    await graphql(FAQS, { token: full });
    expect((await graphql(FAQS, { token: full })).cache).toBeNull();
  });

  // Strapi reads the parsed query, so must the cache: no encoding keeps a draft (issue #37).
  it.each(['status=%64raft', '%73tatus=draft', 'status=dr%61ft&pagination[pageSize]=5', 'status[]=draft', 'status=draft&status=draft', 'status=Draft'])(
    'never keeps drafts asked for as ?%s',
    async (query) => {
      const read = () => fetch(`${cms.url}/api/faqs?${query}`, { headers: { authorization: `Bearer ${SITE_TOKEN}` } });
      await read();
      const again = await read();
      expect(again.headers.get('x-api-cache'), query).toBeNull();
    },
  );

  it('never answers a request whose token is not valid: Strapi refuses it', async () => {
    await graphql(FAQS);
    expect((await graphql(FAQS)).cache).toBe('hit');
    const forged = await graphql(FAQS, { token: 'not-a-token' });
    expect(forged.status).toBe(401);
    expect(forged.cache).toBeNull();
  });

  it('never keeps a refusal or an error', async () => {
    const broken = '{ faqs { noSuchField } }';
    expect((await graphql(broken)).status).toBe(400);
    const again = await graphql(broken);
    expect(again.cache).toBe('miss');
    expect(again.status).toBe(400);
  });
});

describe('query cost', () => {
  /** 20 aliases × 100 pages with their bodies: 89 KB and 615 ms an answer before the cost counted lists. */
  const HEAVY = `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: pages(pagination: { limit: 100 }) { title slug summary body { __typename ... on ComponentSectionsRichText { body } } }`).join(' ')} }`;

  it('refuses a query whose lists make it costly, with 400 and a message saying what to do', async () => {
    for (const token of [undefined, partner]) {
      const refused = await queriesOf(() => graphql(HEAVY, { token }));
      expect(refused.result.status).toBe(400);
      expect(refused.result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
      expect(refused.result.body.errors?.[0]?.message).toMatch(/pagination/);
      // Authentication ran (the token, the public role's permissions); no page was read.
      expect(refused.sql.filter((sql) => /\bpages\b/.test(sql))).toEqual([]);
    }
  });

  it('counts a limit given as a variable', async () => {
    const query = 'query ($n: Int) { a: pages(pagination: { limit: $n }) { title body { ... on ComponentSectionsRichText { body } } } }';
    expect((await graphql(query, { variables: { n: 10 } })).status).toBe(200);
    expect((await graphql(query, { variables: { n: 100 } })).status).toBe(400);
    const many = `query ($n: Int) { ${Array.from({ length: 5 }, (_, i) => `a${i}: pages(pagination: { limit: $n }) { title slug summary body { ... on ComponentSectionsRichText { heading body } } }`).join(' ')} }`;
    expect((await graphql(many, { variables: { n: 5 } })).status).toBe(200);
    expect((await graphql(many, { variables: { n: 20 } })).status).toBe(400);
  });

  it('counts a connection’s page size for its nodes', async () => {
    const nodes = (size: number) => `{ ${Array.from({ length: 5 }, (_, i) => `c${i}: pages_connection(pagination: { pageSize: ${size} }) { nodes { title slug summary body { ... on ComponentSectionsRichText { heading body } } } }`).join(' ')} }`;
    expect((await graphql(nodes(5))).status).toBe(200);
    expect((await graphql(nodes(100))).status).toBe(400);
  });

  it('lets ordinary lists through, and the website’s own server anything', async () => {
    expect((await graphql(FAQS, { token: partner })).status).toBe(200);
    expect((await graphql('{ pages(pagination: { limit: 100 }) { title slug summary updatedAt } }')).status).toBe(200);
    expect((await graphql(HEAVY, { token: SITE_TOKEN })).status).toBe(200);
  });
});

describe('a forged Host header', () => {
  /** GET with the Host header given (fetch would not send it as written). */
  const get = (path: string, host: string) =>
    new Promise<{ body: string; cache: string | undefined }>((resolve, reject) => {
      http
        .get(`${cms.url}${path}`, { headers: { host } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ body, cache: response.headers['x-api-cache'] as string | undefined }));
        })
        .on('error', reject);
    });

  it('never reaches another client through the cache: an answer built from it is kept for that host only', async () => {
    const forged = await get('/api/hsds', 'evil.example');
    expect(forged.body).toContain('http://evil.example/api/hsds/openapi.json');
    const host = new URL(cms.url).host;
    const first = await get('/api/hsds', host);
    const second = await get('/api/hsds', host);
    expect(second.cache).toBe('hit');
    for (const honest of [first, second]) expect(honest.body).toContain(`http://${host}/api/hsds/openapi.json`);
  });
});

describe('the front door (src/api-cache/front-door.ts)', () => {
  /** How many requests reached Koa's middlewares since the last call. */
  let reachedKoa = 0;
  const koaCount = () => {
    const count = reachedKoa;
    reachedKoa = 0;
    return count;
  };
  beforeAll(() => {
    const app = cms.strapi.server.app as unknown as { handleRequest: (...args: unknown[]) => unknown };
    const handle = app.handleRequest;
    app.handleRequest = function (this: unknown, ...args: unknown[]) {
      reachedKoa += 1;
      return handle.apply(this, args);
    };
  });

  const read = (token: string, query: string, headers: Record<string, string> = {}) =>
    fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query }),
    });
  const PER_REQUEST = new Set(['date', 'ratelimit-remaining', 'ratelimit-reset']);
  const sameHeaders = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => !PER_REQUEST.has(name)));

  it('answers a partner’s read that Koa answered from the cache before Koa, with the same answer and headers, charging the token once', async () => {
    const query = `{ faqs(pagination: { limit: 3 }) { documentId question } } # front door ${Date.now()}`;
    koaCount();
    const miss = await read(partner, query, { origin: 'https://partner.example' });
    expect(miss.headers.get('x-api-cache')).toBe('miss');
    const hit = await read(partner, query, { origin: 'https://partner.example' });
    expect(hit.headers.get('x-api-cache')).toBe('hit');
    expect(koaCount()).toBe(2);
    const before = await queriesOf(() => read(partner, query, { origin: 'https://partner.example' }));
    const door = before.result;
    expect(koaCount()).toBe(0);
    expect(before.queries).toBe(0);
    expect(door.status).toBe(200);
    expect(await door.text()).toBe(await hit.text());
    expect(sameHeaders(door)).toEqual(sameHeaders(hit));
    const again = await read(partner, query, { origin: 'https://partner.example' });
    expect(koaCount()).toBe(0);
    // One point per request: the hit, then two front-door answers.
    expect(Number(door.headers.get('ratelimit-remaining'))).toBe(Number(hit.headers.get('ratelimit-remaining')) - 1);
    expect(Number(again.headers.get('ratelimit-remaining'))).toBe(Number(door.headers.get('ratelimit-remaining')) - 1);
  });

  it('sends a publish at once: the next read goes to Koa and shows the change', async () => {
    const query = `{ faqs(pagination: { limit: 100 }) { question } } # front door publish ${Date.now()}`;
    await read(partner, query);
    await read(partner, query);
    await read(partner, query);
    koaCount();
    const faq = await cms.strapi.documents('api::faq.faq').findFirst({ locale: 'en', status: 'published' });
    await cms.strapi.documents('api::faq.faq').update({ documentId: faq!.documentId, locale: 'en', status: 'published', data: { question: 'What did the front door miss?' } });
    const after = await read(partner, query);
    expect(koaCount()).toBe(1);
    expect(after.headers.get('x-api-cache')).toBe('miss');
    expect(await after.text()).toContain('What did the front door miss?');
  });

  it('leaves to Koa what it has not seen answered from the cache: another Origin, no token, a cookie, another path', async () => {
    const query = `{ faqs(pagination: { limit: 2 }) { question } } # front door others ${Date.now()}`;
    await read(partner, query);
    await read(partner, query);
    koaCount();
    await read(partner, query, { origin: 'https://other.example' });
    await read(partner, query, { cookie: 'a=b' });
    await graphql(query);
    await graphql(query);
    await fetch(`${cms.url}/graphql?x=1`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, body: JSON.stringify({ query }) }); // 400
    expect(koaCount()).toBe(5);
    // The other Origin's headers (CORS) were learnt on their own, from Koa: its next read is the door's.
    const other = await read(partner, query, { origin: 'https://other.example' });
    expect(koaCount()).toBe(0);
    expect(other.status).toBe(200);
  });

  it('lets Koa refuse a token past its limit, with its 429', async () => {
    const token = await createApiToken(cms, 'Front door limit', 'read-only');
    const query = `{ faqs(pagination: { limit: 1 }) { question } } # front door limit ${Date.now()}`;
    let last = await read(token, query);
    while (last.status === 200 && Number(last.headers.get('ratelimit-remaining')) > 0) last = await read(token, query);
    expect(last.status).toBe(200);
    koaCount();
    const refused = await read(token, query);
    expect(koaCount()).toBe(1);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { name: string } }).error.name).toBe('TooManyRequests');
  });
});
