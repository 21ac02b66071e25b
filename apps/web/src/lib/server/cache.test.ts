import { describe, expect, it } from 'vitest';
import { ContentCache } from './cache';

const clock = () => {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('ContentCache', () => {
  it('serves a fresh copy without reloading, then reloads after the TTL', async () => {
    const time = clock();
    const cache = new ContentCache(1000, time.now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', load)).toEqual({ value: 1, stale: false });
    time.advance(999);
    expect(await cache.get('k', load)).toEqual({ value: 1, stale: false });
    time.advance(1);
    expect(await cache.get('k', load)).toEqual({ value: 2, stale: false });
  });

  it('keeps serving the last good copy when a reload fails', async () => {
    const time = clock();
    const cache = new ContentCache(1000, time.now);
    await cache.get('k', async () => 'good');
    time.advance(5000);
    expect(await cache.get('k', () => Promise.reject(new Error('CMS down')))).toEqual({ value: 'good', stale: true });
  });

  it('fails loudly when it has nothing to fall back on', async () => {
    const cache = new ContentCache(1000);
    await expect(cache.get('k', () => Promise.reject(new Error('CMS down')))).rejects.toThrow('CMS down');
  });

  it('shares one load between concurrent requests', async () => {
    const cache = new ContentCache(1000);
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 10));
    const results = await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    expect(results.map((r) => r.value)).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it('drops entries by key prefix', async () => {
    const cache = new ContentCache(60_000);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('page:about', load);
    await cache.get('page:faq', load);
    await cache.get('settings', load);
    expect(cache.invalidate('page:')).toBe(2);
    expect((await cache.get('settings', load)).value).toBe(3);
    expect((await cache.get('page:about', load)).value).toBe(4);
  });
});
