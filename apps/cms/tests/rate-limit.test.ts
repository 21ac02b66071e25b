// The content API is rate-limited per IP for anonymous clients and per token for partners (tiny
// limits here); the website's own tokens are not limited. The limiter (in memory here) goes by
// Date: vitest's fake Date stands still once the CMS is up and moves only when a test moves it, so
// no window ends or stays open because of how fast the machine answers.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const WINDOW_MS = 60 * 60 * 1000;
process.env.RATE_LIMIT_MAX = '5';
process.env.RATE_LIMIT_TOKEN_MAX = '12';
// The limiter also drops a window on a real-time timer: one of an hour never fires while the file runs.
process.env.RATE_LIMIT_WINDOW_MS = String(WINDOW_MS);
// The website's token, kept by the CMS from the environment (bootstrap/site-token.ts).
const SITE_TOKEN = 'site-token-for-tests-0123456789';
process.env.CMS_READ_TOKEN = SITE_TOKEN;

const suiteCms = useSuiteCms();
let cms: BootedCms;
let token: string;

beforeAll(async () => {
  cms = suiteCms();
  token = await createApiToken(cms, 'Partner', 'read-only');
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
});
afterAll(() => {
  vi.useRealTimers();
});

/** Moves Date past every window opened so far: each client starts a fresh one. Returns the new now. */
function nextWindow(): number {
  const now = Date.now() + WINDOW_MS;
  vi.setSystemTime(now);
  return now;
}

describe('rate limit', () => {
  it('answers 429 with Retry-After past the limit, then recovers once the window is over', async () => {
    const opened = nextWindow();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i += 1) {
      const response = await fetch(`${cms.url}/api/faqs`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // The whole window is left: no time has passed on the limiter's clock.
    expect(retryAfter).toBe(String(WINDOW_MS / 1000));

    const graphql = await cms.graphql(`{ faqs { question } }`);
    expect(graphql.status).toBe(429);

    vi.setSystemTime(opened + WINDOW_MS - 1);
    expect((await fetch(`${cms.url}/api/faqs`)).status).toBe(429);
    // Once the window has passed, the client is served again.
    vi.setSystemTime(opened + WINDOW_MS);
    expect((await fetch(`${cms.url}/api/faqs`)).status).toBe(200);
  });

  it('counts a partner’s token on its own: past RATE_LIMIT_TOKEN_MAX it gets 429 with Retry-After, other callers do not', async () => {
    nextWindow();
    const other = await createApiToken(cms, 'Another partner', 'read-only');
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 15; i += 1) {
      // REST and GraphQL alike, from one token.
      const response =
        i % 2 === 0
          ? await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: `Bearer ${token}` } })
          : await fetch(`${cms.url}/graphql`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ faqs { question } }' }),
            });
      statuses.push(response.status);
      if (i === 0) expect(response.headers.get('ratelimit-limit')).toBe('12');
      if (response.status === 429) refused ??= response;
    }
    expect(statuses).toEqual([...Array<number>(12).fill(200), 429, 429, 429]);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused?.headers.get('ratelimit-remaining')).toBe('0');
    // Neither the other partner nor this address's anonymous requests paid for it.
    expect((await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: `Bearer ${other}` } })).status).toBe(200);
    expect((await fetch(`${cms.url}/api/faqs`)).status).toBe(200);
  });

  it('does not count the website’s own token, which can also read drafts', async () => {
    await cms.strapi.documents('api::faq.faq').create({
      data: { question: 'Draft for the preview?', slug: 'draft-for-the-preview', answer: [], order: 60 },
    });
    for (let i = 0; i < 20; i += 1) {
      const response = await fetch(`${cms.url}/api/faqs?status=draft&pagination[pageSize]=100`, {
        headers: { Authorization: `Bearer ${SITE_TOKEN}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBeNull();
      expect(await response.text()).toContain('Draft for the preview?');
    }
  });

  it('counts requests with an invalid token like anonymous ones', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      statuses.push((await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: 'Bearer forged' } })).status);
    }
    expect(statuses).toContain(429);
  });

  it('does not trust X-Forwarded-For without TRUST_PROXY: a client cannot pick a fresh bucket', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await fetch(`${cms.url}/api/pages`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
  });

  it('leaves the admin panel to Strapi’s own limiter', async () => {
    for (let i = 0; i < 8; i += 1) {
      expect((await fetch(`${cms.url}/admin/init`)).status).toBe(200);
    }
  });

  it('never says Retry-After: 0, even for a burst in the window’s last second', async () => {
    const opened = nextWindow();
    const first = await fetch(`${cms.url}/api/faqs`);
    expect(first.status).toBe(200);
    // Seconds until the reset, as a whole number: not an epoch timestamp.
    expect(first.headers.get('ratelimit-reset')).toBe(String(WINDOW_MS / 1000));

    vi.setSystemTime(opened + WINDOW_MS - 400); // the window's last half second
    const limited: Response[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(`${cms.url}/api/faqs`);
      if (response.status === 429) limited.push(response);
    }
    expect(limited).toHaveLength(2);
    for (const response of limited) {
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.headers.get('ratelimit-reset')).toBe('1');
    }
  });

  it('looks up at most RATE_LIMIT_MAX unknown tokens per address and window: a flood of made-up ones is refused before the database (issue #37)', async () => {
    nextWindow();
    // The partner was seen before the flood; the website's token comes back after it.
    expect((await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    const lookups: string[] = [];
    const countLookup = ({ sql }: { sql: string }) => {
      if (sql.includes('api_tokens')) lookups.push(sql);
    };
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      if (i === 5) cms.strapi.db.connection.on('query', countLookup);
      statuses.push((await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: `Bearer made-up-${i}-${Math.random()}` } })).status);
    }
    cms.strapi.db.connection.off('query', countLookup);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect(lookups).toEqual([]);
    // Partners and the website are not refused for it: their tokens were not made up.
    expect((await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${cms.url}/api/faqs`, { headers: { Authorization: `Bearer ${SITE_TOKEN}` } })).status).toBe(200);
  });
});
