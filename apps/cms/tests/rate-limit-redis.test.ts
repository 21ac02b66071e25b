// With REDIS_URL the content API limit is counted in Redis, so every CMS process of the cluster
// shares one count per client (the two-process count is in cluster.test.ts). Redis unreachable:
// each process counts on its own, and nothing answers 500; Redis back: shared again.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer } from '../scripts/redis-server.mjs';
import { useSuiteCms, type BootedCms } from './harness';

const redis = await startRedisServer();
process.env.REDIS_URL = redis.url;
process.env.RATE_LIMIT_MAX = '6';
process.env.RATE_LIMIT_WINDOW_MS = '60000';

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
