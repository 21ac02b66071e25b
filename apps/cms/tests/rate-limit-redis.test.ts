// With REDIS_URL the content API limit is counted in Redis, so every CMS process of the cluster
// shares one count per client (the two-process count is in cluster.test.ts). Redis unreachable:
// each process counts on its own, and nothing answers 500; Redis back: shared again. The content
// API's response cache lives there too, with the generation every process reads.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer } from '@maine-sten/test-harness/redis-server';
import { ApiCacheStore } from '../src/api-cache/store';
import { cmsSettings } from '../src/settings';
import { closeSharedStore, connectSharedStore } from '../src/utils/shared-store';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const redis = await startRedisServer();
process.env.REDIS_URL = redis.url;
process.env.RATE_LIMIT_MAX = '6';
process.env.RATE_LIMIT_WINDOW_MS = '60000';
const SITE_TOKEN = 'site-token-for-redis-tests-0123456789';
process.env.CMS_READ_TOKEN = SITE_TOKEN; // not limited: the cache's requests leave the limit alone

const suiteCms = useSuiteCms();
let cms: BootedCms;
let reader: ReturnType<typeof createClient>;

const statuses = async (n: number) => {
  const seen: number[] = [];
  for (let i = 0; i < n; i += 1) seen.push((await fetch(`${cms.url}/api/faqs`)).status);
  return seen;
};
const counters = async () => reader.keys('maine-sten-cms:*content-api*');

beforeAll(async () => {
  cms = suiteCms();
  reader = createClient({ url: redis.url });
  await reader.connect();
});

afterAll(async () => {
  if (reader.isReady) await reader.close();
  await redis.stop();
  delete process.env.REDIS_URL;
});

describe('response cache in Redis', () => {
  it('keeps answers where every process finds them, and a publish moves every process on', async () => {
    const ask = async () => {
      const response = await fetch(`${cms.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SITE_TOKEN}` },
        body: JSON.stringify({ query: '{ faqs(pagination: { limit: 3 }) { question } }' }),
      });
      return response.headers.get('x-api-cache');
    };
    expect(await ask()).toBe('miss');
    expect(await ask()).toBe('hit');
    const keys = await reader.keys('maine-sten-cms:*api-cache:*');
    const generationKey = keys.find((key) => key.endsWith('api-cache:generation'));
    const answers = keys.filter((key) => key !== generationKey);
    expect(answers).toHaveLength(1);

    // Another process (this test's own modules and Redis client): its memory is empty, so what it
    // finds comes from Redis.
    await connectSharedStore(cmsSettings(), () => {});
    const other = new ApiCacheStore({ ttlMs: 60_000, maxBytes: 1_000_000 }, cmsSettings(), () => {});
    const generation = (await other.generation())!;
    const hash = answers[0]!.split(':').at(-1)!;
    expect((await other.get(generation, hash))?.body.toString('utf8')).toContain('question');

    // A publish in the CMS moves the shared generation on: the other process no longer finds it.
    const faq = await cms.strapi.documents('api::faq.faq').findFirst({ locale: 'en', status: 'published' });
    await cms.strapi.documents('api::faq.faq').publish({ documentId: faq!.documentId, locale: 'en' });
    // (Strapi emits the change event right after the publish, without waiting for its listeners.)
    await expect.poll(() => other.generation(), { timeout: 2000, interval: 20 }).not.toBe(generation);
    const moved = (await other.generation())!;
    expect(await other.get(moved, hash)).toBeNull();
    expect(await ask()).toBe('miss');
    await closeSharedStore();
  });
});

describe('content API limit in Redis', () => {
  it('is counted in Redis, so what other processes counted counts here', async () => {
    expect(await statuses(3)).toEqual([200, 200, 200]);
    const keys = await counters();
    expect(keys).toHaveLength(1);
    expect(await reader.get(keys[0]!)).toBe('3');
    // Three more requests of this client, answered by another CMS process.
    await reader.set(keys[0]!, '6', { KEEPTTL: true });
    expect(await statuses(1)).toEqual([429]);
  });

  it('falls back to counting in this process while Redis is unreachable, never 500', async () => {
    await reader.close();
    await redis.stop();
    expect(await statuses(8)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('counts in Redis again once it is back', async () => {
    const again = await startRedisServer(redis.port);
    redis.stop = again.stop;
    reader = createClient({ url: redis.url });
    await reader.connect();
    // The client reconnects within its backoff (at most 5 s); the earlier counts were in memory only.
    await expect.poll(async () => (await fetch(`${cms.url}/api/faqs`), (await counters()).length), { timeout: 15_000, interval: 500 }).toBe(1);
  });
});
