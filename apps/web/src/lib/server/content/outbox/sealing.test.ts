// Outbox entries at rest: neither the spool's files nor the Redis stream hold a word of the
// message; the loop opens them for the CMS; an entry no key here opens is set aside, not retried
// forever; the key: none in production closes the outbox, development makes one once.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { newKeyText, parseKey } from '../../sealed-text';
import { DeliveryLoop } from './delivery';
import { outboxKeys } from './key';
import { openEntry, sealEntry } from './sealing';
import { FileSpool } from './spool';
import { RedisOutbox } from './stream';

const MARKER = 'a marker sentence only the sender wrote';
const keyring = { current: parseKey(newKeyText())! };
const submission = { form: 'contact' as const, data: { name: 'Ana', email: 'ana@example.test', message: MARKER }, key: `key-${'s'.repeat(26)}` };
const BOUNDS = { maxEntries: 10, maxBytes: 100_000, leaseMs: 15_000 };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'outbox-seal-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('sealed outbox entries', () => {
  it('leave no word of the message in the spool folder, and open back to the fields', async () => {
    const dir = tempDir();
    const spool = new FileSpool(dir, BOUNDS);
    expect(await spool.add(sealEntry(submission, 1_000, keyring))).toBe('queued');
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(dir, files[0]!), 'utf8');
    for (const word of ['marker', 'Ana', 'ana@example.test']) expect(text).not.toContain(word);
    const claimed = await spool.claim(2_000);
    expect(openEntry(claimed!.entry, keyring)).toEqual(submission.data);
  });

  it('leave no word of the message in the Redis stream', async () => {
    const redis = createClient({ url: 'redis://127.0.0.1:6379' });
    await redis.connect();
    const key = `outbox-seal-test:${process.pid}:${Date.now()}`;
    try {
      await new RedisOutbox(redis, key, BOUNDS).add(sealEntry(submission, 1_000, keyring));
      const raw = JSON.stringify(await redis.xRange(key, '-', '+'));
      expect(raw).toContain('enc:v1:');
      for (const word of ['marker', 'Ana', 'ana@example.test']) expect(raw).not.toContain(word);
    } finally {
      await redis.del([key, `${key}:bytes`, `${key}:rejected`]);
      await redis.quit();
    }
  });

  it('set aside an entry sealed under a key this process does not have', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = tempDir();
    const spool = new FileSpool(dir, BOUNDS);
    await spool.add(sealEntry(submission, 1_000, { current: parseKey(newKeyText())! }));
    const delivered: unknown[] = [];
    const loop = new DeliveryLoop(spool, async (entry) => void delivered.push(openEntry(entry, keyring)));
    expect(await loop.step()).toBe('rejected');
    expect(delivered).toEqual([]);
    expect(readdirSync(path.join(dir, 'rejected'))).toHaveLength(1);
  });
});

describe('the outbox key', () => {
  it('is required in production: without it, or malformed, the outbox is closed and says which variable', () => {
    expect(outboxKeys({ NODE_ENV: 'production' }, tempDir())).toEqual({ problem: expect.stringContaining('OUTBOX_KEY is not set') });
    expect(outboxKeys({ NODE_ENV: 'production', OUTBOX_KEY: 'short' }, tempDir())).toEqual({ problem: expect.stringContaining('OUTBOX_KEY must be 32 random bytes') });
    expect(outboxKeys({ NODE_ENV: 'production', OUTBOX_KEY: newKeyText(), OUTBOX_KEY_PREVIOUS: 'x' }, tempDir())).toEqual({
      problem: expect.stringContaining('OUTBOX_KEY_PREVIOUS'),
    });
  });

  it('is made once for development, and the same key is found again', () => {
    const dir = tempDir();
    const first = outboxKeys({ NODE_ENV: 'development' }, dir);
    const second = outboxKeys({}, dir);
    expect('keyring' in first && 'keyring' in second && first.keyring.current.id === second.keyring.current.id).toBe(true);
  });

  it('opens entries under the previous key while the key changes', () => {
    const old = newKeyText();
    const entry = sealEntry(submission, 1_000, { current: parseKey(old)! });
    const found = outboxKeys({ NODE_ENV: 'production', OUTBOX_KEY: newKeyText(), OUTBOX_KEY_PREVIOUS: old }, tempDir());
    expect('keyring' in found && openEntry(entry, found.keyring)).toEqual(submission.data);
  });
});
