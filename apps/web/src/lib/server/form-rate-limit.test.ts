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
});
