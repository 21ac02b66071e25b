// The outbox's keepers and its delivery loop: an entry is kept until delivered, oldest first; two
// loops on one spool or one stream deliver each entry once; a delivery that failed (or whose
// answer was lost) is tried again with the same key; an entry held by a "killed" loop is taken
// over after the lease (the spool on an injected clock); the bounds refuse, never drop.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { SubmissionError } from '../submissions';
import { DeliveryLoop, OLD_ENTRY_MS } from './delivery';
import type { Outbox, OutboxEntry } from './entry';
import { FileSpool } from './spool';
import { RedisOutbox } from './stream';

const LEASE = 15_000;
const BOUNDS = { maxEntries: 100, maxBytes: 1_000_000, leaseMs: LEASE };
const entry = (n: number): OutboxEntry => ({ form: 'contact', data: `sealed-m${n}`, key: `key-${n}-${'k'.repeat(24)}`, queuedAt: 1_000 + n });

const dirs: string[] = [];
const spool = (bounds = BOUNDS) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'outbox-'));
  dirs.push(dir);
  return new FileSpool(dir, bounds);
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const redis = createClient({ url: 'redis://127.0.0.1:6379' });
await redis.connect();
const prefixes: string[] = [];
const stream = (leaseMs = LEASE) => {
  const key = `outbox-test:${process.pid}:${prefixes.length}:${Date.now()}`;
  prefixes.push(key);
  return (lease = leaseMs) => new RedisOutbox(redis, key, { ...BOUNDS, leaseMs: lease });
};
afterAll(async () => {
  for (const key of prefixes) await redis.del([key, `${key}:bytes`, `${key}:rejected`]);
  await redis.quit();
});
afterEach(() => vi.restoreAllMocks());

/** A fake CMS: stores each key once, like the real one's unique index. */
const fakeCms = () => {
  const stored = new Map<string, OutboxEntry>();
  const calls: string[] = [];
  return { stored, calls, deliver: async (e: OutboxEntry) => void (calls.push(e.key), stored.has(e.key) || stored.set(e.key, e)) };
};

const keepers: [string, () => Outbox][] = [
  ['file spool', () => spool()],
  ['Redis stream', () => stream()()],
];

describe.each(keepers)('%s', (_, make) => {
  it('keeps entries until delivered, oldest first; a failed delivery goes back and is tried again with its key', async () => {
    const outbox = make();
    for (const n of [1, 2, 3]) expect(await outbox.add(entry(n))).toBe('queued');
    expect((await outbox.stats()).entries).toBe(3);
    const cms = fakeCms();
    let down = true;
    const loop = new DeliveryLoop(outbox, async (e) => {
      if (down) throw new SubmissionError('CMS unreachable', true);
      await cms.deliver(e);
    });
    expect(await loop.step()).toBe('failed');
    expect((await outbox.stats()).entries).toBe(3);
    down = false;
    // The answer to the first delivery is lost after the CMS stored it: tried again, same key, one entry.
    let lose = true;
    const lossy = new DeliveryLoop(outbox, async (e) => {
      await cms.deliver(e);
      if (lose) {
        lose = false;
        throw new SubmissionError('CMS unreachable: socket hang up', true);
      }
    });
    expect(await lossy.step()).toBe('failed');
    while ((await loop.step()) === 'delivered');
    expect(cms.calls).toEqual([entry(1).key, entry(1).key, entry(2).key, entry(3).key]);
    expect([...cms.stored.keys()]).toEqual([1, 2, 3].map((n) => entry(n).key));
    expect(await outbox.stats()).toEqual({ entries: 0, oldestQueuedAt: null });
  });

  it('sets aside, never drops, an entry the CMS refuses for good (4xx)', async () => {
    const outbox = make();
    await outbox.add(entry(1));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loop = new DeliveryLoop(outbox, async () => {
      throw new SubmissionError('The CMS answered 400', false);
    });
    expect(await loop.step()).toBe('rejected');
    expect((await outbox.stats()).entries).toBe(0);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('refused a queued submission'), 'The CMS answered 400', expect.any(String));
  });
});

describe('file spool', () => {
  it('writes one whole file per entry (no temporary left) and refuses past its count or bytes', async () => {
    const small = spool({ ...BOUNDS, maxEntries: 2 });
    expect(await small.add(entry(1))).toBe('queued');
    expect(await small.add(entry(2))).toBe('queued');
    expect(await small.add(entry(3))).toBe('full');
    expect(readdirSync(small.dir).filter((name) => name !== 'rejected')).toHaveLength(2);
    const tiny = spool({ ...BOUNDS, maxBytes: 150 });
    expect(await tiny.add(entry(1))).toBe('queued');
    expect(await tiny.add(entry(2))).toBe('full');
  });

  it('two loops on one spool deliver each entry once; a killed loop’s entry is taken over only after the lease', async () => {
    const first = spool();
    const second = new FileSpool(first.dir, BOUNDS);
    for (let n = 1; n <= 20; n++) await first.add(entry(n));
    const cms = fakeCms();
    const loops = [new DeliveryLoop(first, cms.deliver), new DeliveryLoop(second, cms.deliver)];
    const drain = async (loop: DeliveryLoop) => {
      while ((await loop.step()) === 'delivered');
    };
    await Promise.all(loops.map(drain));
    expect(cms.calls.sort()).toEqual(Array.from({ length: 20 }, (_, i) => entry(i + 1).key).sort());

    await first.add(entry(30));
    const now = 5_000_000;
    expect(await first.claim(now)).not.toBeNull(); // the loop is killed while it holds it
    const late = new DeliveryLoop(second, cms.deliver, () => now + LEASE - 1);
    expect(await late.step()).toBe('empty');
    const after = new DeliveryLoop(second, cms.deliver, () => now + LEASE);
    expect(await after.step()).toBe('delivered');
    expect(cms.calls.filter((key) => key === entry(30).key)).toHaveLength(1);
  });
});

describe('Redis stream', () => {
  it('two loops on one stream deliver each entry once; a killed loop’s entry is taken over after the lease', async () => {
    const make = stream();
    const [a, b] = [make(), make()];
    for (let n = 1; n <= 20; n++) await a.add(entry(n));
    const cms = fakeCms();
    const drain = async (outbox: Outbox) => {
      const loop = new DeliveryLoop(outbox, cms.deliver);
      while ((await loop.step()) === 'delivered');
    };
    await Promise.all([drain(a), drain(b)]);
    expect(cms.calls.sort()).toEqual(Array.from({ length: 20 }, (_, i) => entry(i + 1).key).sort());

    await a.add(entry(30));
    expect(await a.claim()).not.toBeNull(); // held by a loop that is killed
    await drain(b); // within the lease: left alone
    expect(cms.calls.filter((key) => key === entry(30).key)).toHaveLength(0);
    await drain(make(0)); // a loop whose lease (0 here: Redis's clock) has run out takes it over

    expect(cms.calls.filter((key) => key === entry(30).key)).toHaveLength(1);
  });

  it('with a long lease, another loop leaves a held entry alone', async () => {
    const make = stream(60_000);
    const [a, b] = [make(), make()];
    await a.add(entry(1));
    expect(await a.claim()).not.toBeNull();
    expect(await b.claim()).toBeNull();
  });
});

describe('delivery loop', () => {
  it('says once in the log when the oldest entry is older than ten minutes', async () => {
    const outbox = spool();
    await outbox.add(entry(1));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let now = entry(1).queuedAt + OLD_ENTRY_MS;
    const loop = new DeliveryLoop(outbox, async () => {}, () => now);
    await loop.observe();
    expect(warn).not.toHaveBeenCalled();
    now += 1;
    await loop.observe();
    await loop.observe();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(loop.last.entries).toBe(1);
  });
});
