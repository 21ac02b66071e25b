// The content API is rate-limited per IP for anonymous clients and per token for partners (tiny
// limits here); the website's own tokens are not limited.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

process.env.RATE_LIMIT_MAX = '5';
process.env.RATE_LIMIT_TOKEN_MAX = '12';
process.env.RATE_LIMIT_WINDOW_MS = '3000';
// The website's token, kept by the CMS from the environment (bootstrap/site-token.ts).
const SITE_TOKEN = 'site-token-for-tests-0123456789';
process.env.CMS_READ_TOKEN = SITE_TOKEN;

const suiteCms = useSuiteCms();
let cms: BootedCms;
let token: string;

beforeAll(async () => {
  cms = suiteCms();
  token = await createApiToken(cms, 'Partner', 'read-only');
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the limit, then recovers', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i += 1) {
      const response = await fetch(`${cms.url}/api/faqs`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);

    const graphql = await cms.graphql(`{ faqs { question } }`);
    expect(graphql.status).toBe(429);

    // The window is 3 s: once it has passed, the client is served again.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect((await fetch(`${cms.url}/api/faqs`)).status).toBe(200);
  });

  it('counts a partner’s token on its own: past RATE_LIMIT_TOKEN_MAX it gets 429 with Retry-After, other callers do not', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3100)); // a fresh window
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
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await sleep(3100); // every earlier window (3 s) is over
    const opened = Date.now();
    const first = await fetch(`${cms.url}/api/faqs`);
    expect(first.status).toBe(200);
    // Seconds until the reset, as a whole number: not an epoch timestamp.
    expect(first.headers.get('ratelimit-reset')).toMatch(/^[1-3]$/);

    await sleep(Math.max(0, 2600 - (Date.now() - opened))); // the window's last half second
    const limited: Response[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(`${cms.url}/api/faqs`);
      if (response.status === 429) limited.push(response);
    }
    expect(Date.now() - opened).toBeLessThan(3000); // still inside the same window
    expect(limited.length).toBeGreaterThan(0);
    for (const response of limited) {
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.headers.get('ratelimit-reset')).toBe('1');
    }
  });
});
