// The response cache's memory (src/api-cache/store.ts) without Redis: bounded in bytes, it lets
// the least recently used answers go first, and an answer read again is kept over older ones.
import { describe, expect, it } from 'vitest';
import { ApiCacheStore } from '../src/api-cache/store';
import { cmsSettings } from '../src/settings';
import { useTestSecrets } from '@maine-sten/test-harness/cms';

useTestSecrets();
delete process.env.REDIS_URL;

const answer = (text: string) => ({ type: 'application/json', body: Buffer.from(text.padEnd(100, '.')) });

/** 8 answers of 100 bytes fill it: one more makes it let one go. */
const fullStore = () => new ApiCacheStore({ ttlMs: 60_000, maxBytes: 800 }, cmsSettings(), () => {});

describe('response cache memory', () => {
  it('lets the oldest answer go when full, and keeps one that was read again', async () => {
    const store = fullStore();
    const generation = (await store.generation())!;
    for (let i = 1; i <= 8; i += 1) await store.set(generation, `k${i}`, answer(`answer ${i}`));
    // Read the oldest again: it is now among the recent.
    expect((await store.get(generation, 'k1'))?.body.toString()).toMatch(/^answer 1\./);
    await store.set(generation, 'k9', answer('answer 9'));
    expect(await store.get(generation, 'k1')).not.toBeNull();
    expect(await store.get(generation, 'k2')).toBeNull();
    for (const kept of ['k3', 'k8', 'k9']) expect(await store.get(generation, kept), kept).not.toBeNull();
  });

  it('drops everything on a change of published content', async () => {
    const store = fullStore();
    const generation = (await store.generation())!;
    await store.set(generation, 'k1', answer('answer 1'));
    await store.drop();
    const next = (await store.generation())!;
    expect(next).not.toBe(generation);
    expect(await store.get(generation, 'k1')).toBeNull();
    expect(await store.get(next, 'k1')).toBeNull();
  });
});
