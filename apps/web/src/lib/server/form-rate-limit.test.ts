import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';

// Counted in this process: a Redis the environment names would keep counts from earlier runs.
vi.stubEnv('REDIS_URL', '');
const { limitFormPosts, limitSearches } = await import('./form-rate-limit');
const { settings } = await import('./settings.js');

const from = (address: string) => ({ getClientAddress: () => address, setHeaders: () => {} }) as unknown as RequestEvent;

describe('the per-visitor limits', () => {
  it('count an IPv6 client by its /64: a new address in it is the same visitor', async () => {
    for (let i = 1; i <= settings.FORMS_RATE_LIMIT; i += 1) await limitFormPosts(from(`2001:db8:5:6::${i.toString(16)}`));
    await expect(limitFormPosts(from('2001:db8:5:6:ffff::1'))).rejects.toMatchObject({ status: 429 });
    await expect(limitFormPosts(from('2001:db8:5:7::1'))).resolves.toBeUndefined();
  });

  it('count an IPv4 client once, whether the socket writes it IPv4-mapped or not', async () => {
    for (let i = 1; i <= settings.SEARCH_RATE_LIMIT; i += 1) await limitSearches(from(i % 2 === 0 ? '192.0.2.7' : '::ffff:192.0.2.7'));
    await expect(limitSearches(from('192.0.2.7'))).rejects.toMatchObject({ status: 429 });
    await expect(limitSearches(from('::ffff:192.0.2.7'))).rejects.toMatchObject({ status: 429 });
    await expect(limitSearches(from('192.0.2.8'))).resolves.toBeUndefined();
  });

  it('keep nothing of the request they counted while the visitor’s window runs (#38: 40,000 searches kept 700 MB)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // What SvelteKit and the locale keep in async context during a request.
    const requestStore = new AsyncLocalStorage<{ body: Uint8Array }>();
    const counted = async () => {
      const request = { body: new Uint8Array(1_000_000) };
      await requestStore.run(request, () => limitSearches(from('192.0.2.60')));
      return new WeakRef(request);
    };
    const request = await counted();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(request.deref()).toBeUndefined();
  });
});

