import { describe, expect, it } from 'vitest';
import { CircuitOpenError, ContentCache } from './cache';
import { Circuit } from './circuit';
import { cmsReachability } from './cms-reachability';

const clock = () => {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const never = () => new Promise<never>(() => {});

describe('ContentCache', () => {
  it('serves a fresh copy without reloading', async () => {
    const time = clock();
    const cache = new ContentCache({ ttlMs: 1000, now: time.now });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', load)).toEqual({ value: 1 });
    time.advance(999);
    expect(await cache.get('k', load)).toEqual({ value: 1 });
    expect(loads).toBe(1);
  });

  it('serves an expired copy at once and refreshes it in the background (stale-while-revalidate)', async () => {
    const time = clock();
    const cache = new ContentCache({ ttlMs: 1000, now: time.now });
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('k', load);
    time.advance(1000);
    expect(await cache.get('k', load)).toEqual({ value: 1 });
    await settle();
    expect(await cache.get('k', load)).toEqual({ value: 2 });
  });

  it('never waits for a hanging CMS once the content is known, and refreshes one key once at a time', async () => {
    const time = clock();
    const cache = new ContentCache({ ttlMs: 1000, now: time.now });
    await cache.get('k', async () => 'known');
    time.advance(5000);
    let refreshes = 0;
    const hanging = () => {
      refreshes += 1;
      return never();
    };
    for (let i = 0; i < 5; i += 1) expect(await cache.get('k', hanging)).toEqual({ value: 'known' });
    expect(refreshes).toBe(1);
  });

  it('keeps serving the last good copy when a refresh fails, and opens the circuit', async () => {
    const time = clock();
    const failed: string[] = [];
    const cache = new ContentCache({ ttlMs: 1000, now: time.now, onRefreshFailed: (key) => failed.push(key) });
    await cache.get('k', async () => 'good');
    time.advance(5000);
    let attempts = 0;
    const failing = () => {
      attempts += 1;
      return Promise.reject(new Error('CMS down'));
    };
    expect(await cache.get('k', failing)).toEqual({ value: 'good' });
    await settle();
    expect(failed).toEqual(['k']);
    expect(cache.circuit.open).toBe(true);
    // While the circuit is open, nothing is sent: not per request.
    for (let i = 0; i < 10; i += 1) expect((await cache.get('k', failing)).value).toBe('good');
    expect(attempts).toBe(1);
  });

  it('fails loudly when it has nothing to fall back on, then at once while the circuit is open', async () => {
    const time = clock();
    const cache = new ContentCache({ ttlMs: 1000, now: time.now });
    await expect(cache.get('k', () => Promise.reject(new Error('CMS down')))).rejects.toThrow('CMS down');
    let attempts = 0;
    const load = async () => ++attempts;
    await expect(cache.get('other', load)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(attempts).toBe(0);
    time.advance(1000); // the backoff has passed: the next load is a probe, and closes the circuit
    expect(await cache.get('other', load)).toEqual({ value: 1 });
    expect(cache.circuit.open).toBe(false);
  });

  it('shares one load between concurrent requests', async () => {
    const cache = new ContentCache({ ttlMs: 1000 });
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 10));
    const results = await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    expect(results.map((r) => r.value)).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it('drops the entries whose key matches', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('page:about', load);
    await cache.get('page:faq', load);
    await cache.get('settings', load);
    expect(cache.invalidateWhere((key) => key.startsWith('page:'))).toBe(2);
    expect((await cache.get('settings', load)).value).toBe(3);
    expect((await cache.get('page:about', load)).value).toBe(4);
  });

  it('never stores as fresh a load that was in flight when its key changed', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    let answer!: (value: string) => void;
    // The CMS is asked, answers slowly with what it had before the publish…
    const before = cache.get('faqs:en', () => new Promise<string>((resolve) => (answer = resolve)));
    cache.invalidateWhere((key) => key.startsWith('faqs:')); // …the change notice arrives meanwhile…
    // …a request after the notice does not join the old load: it asks again.
    const after = cache.get('faqs:en', async () => 'after the publish');
    answer('before the publish');
    expect((await before).value).toBe('before the publish');
    expect((await after).value).toBe('after the publish');
    expect((await cache.get('faqs:en', async () => 'not asked')).value).toBe('after the publish');
  });

  it('drops a superseded load’s answer even when no one asked again', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    let answer!: (value: string) => void;
    const pending = cache.get('page:about:en', () => new Promise<string>((resolve) => (answer = resolve)));
    cache.invalidateWhere(() => true);
    answer('old');
    await pending;
    expect((await cache.get('page:about:en', async () => 'new')).value).toBe('new');
  });

  it('stays bounded, however many keys are asked for', async () => {
    const cache = new ContentCache({ ttlMs: 60_000, maxEntries: 100 });
    for (let i = 0; i < 10_000; i += 1) await cache.get(`page:made-up-${i}`, async () => null);
    expect(cache.size).toBe(100);
  });

  it('reports stored values and whether they changed', async () => {
    const time = clock();
    const stored: [string, string][] = [];
    const cache = new ContentCache({ ttlMs: 1000, now: time.now, onStored: (key, changed) => stored.push([key, changed]) });
    await cache.get('k', async () => ({ a: 1 }));
    time.advance(1000);
    await cache.get('k', async () => ({ a: 1 }));
    await settle();
    time.advance(1000);
    await cache.get('k', async () => ({ a: 2 }));
    await settle();
    expect(stored).toEqual([
      ['k', 'new'],
      ['k', 'same'],
      ['k', 'changed'],
    ]);
  });

  it('restores a snapshot as expired copies: served at once, refreshed on first use', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    expect(cache.restore({ k: { value: 'from disk', storedAt: 5 } })).toBe(1);
    let loads = 0;
    expect(await cache.get('k', async () => `fresh ${++loads}`)).toEqual({ value: 'from disk' });
    await settle();
    expect(await cache.get('k', async () => `fresh ${++loads}`)).toEqual({ value: 'fresh 1' });
    expect(Object.keys(cache.dump())).toEqual(['k']);
  });
});

describe('Circuit', () => {
  it('backs off exponentially up to the maximum, and closes on success', () => {
    const time = clock();
    const circuit = new Circuit(1000, 8000, time.now);
    const pauses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      circuit.failed(); // each a probe, sent once the pause before it was over
      pauses.push(circuit.retryInMs);
      time.advance(circuit.retryInMs);
    }
    expect(pauses).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    circuit.succeeded();
    expect(circuit.open).toBe(false);
  });

  it('counts an outage once: requests failing together while it is open do not lengthen the pause', () => {
    const time = clock();
    const circuit = new Circuit(1000, 30_000, time.now);
    for (let i = 0; i < 117; i += 1) circuit.failed();
    expect(circuit.retryInMs).toBe(1000);
    time.advance(1000);
    circuit.failed(); // the probe
    expect(circuit.retryInMs).toBe(2000);
  });
});

describe('ContentCache and the CMS reachability', () => {
  it('tells the reachability of every load, and its answer ends the pause a failure began', async () => {
    const time = clock();
    const told: string[] = [];
    const circuit = new Circuit(1000, 30_000, time.now);
    const cache = new ContentCache({
      ttlMs: 1000,
      now: time.now,
      circuit,
      reachability: { answered: () => told.push('answered'), failed: (key) => told.push(`failed ${key}`) },
    });
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(circuit.open).toBe(true);
    const reachability = cmsReachability({ log: { warn() {}, log() {} }, onAnswer: () => circuit.succeeded() });
    reachability.failed('change check', new Error('down'));
    reachability.answered(); // the change poll, or a notice, saw the CMS answer
    expect(circuit.open).toBe(false);
    expect(await cache.get('a', async () => 'back')).toEqual({ value: 'back' });
    expect(told).toEqual(['failed a', 'answered']);
  });
});

describe('ContentCache.refresh', () => {
  it('loads at once, whatever the age of the copy', async () => {
    const cache = new ContentCache({ ttlMs: 60_000 });
    await cache.get('k', async () => 'old');
    expect(await cache.refresh('k', async () => 'new')).toBe('new');
    expect(await cache.get('k', async () => 'unused')).toEqual({ value: 'new' });
  });
});
