// The admin's sign-in and password reset (issue #37): no sooner than answerMs whether the address
// has an account or not, and a limit per client (an IPv6 /64 is one) that a list of emails cannot
// walk around. Runs the middleware on stand-ins for Strapi's routes and on vitest's clock: no real
// time is measured.
import type { Context, Next } from 'koa';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardAdminAuth } from '../src/middlewares/admin-auth';

const ANSWER_MS = 1000;

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'performance', 'Date'] }));
afterEach(() => vi.useRealTimers());

const guard = (max = 100) => {
  const limiter = new RateLimiterMemory({ points: max, duration: 900, keyPrefix: `admin-auth-test-${Math.random()}` });
  return guardAdminAuth({ answerMs: ANSWER_MS, max, windowMs: 900_000 }, () => limiter);
};

const request = (path: string, ip = '203.0.113.5', method = 'POST') => {
  const headers: Record<string, string> = {};
  return { path, ip, method, status: 404, body: undefined as unknown, headers, set: (name: string, value: string) => (headers[name.toLowerCase()] = value) } as unknown as Context & { headers: Record<string, string> };
};

/** Strapi's handler: a known address checks a password (slow), an unknown one answers at once. */
const strapiAnswers = (workMs: number): Next => () => new Promise<void>((resolve) => setTimeout(resolve, workMs));

async function answeredAt(run: Promise<void>): Promise<{ before: boolean; at: boolean }> {
  let answered = false;
  const done = run.then(() => (answered = true));
  await vi.advanceTimersByTimeAsync(ANSWER_MS - 1);
  const before = answered;
  await vi.advanceTimersByTimeAsync(1);
  await done;
  return { before, at: answered };
}

describe('the admin sign-in and password reset', () => {
  it.each([
    ['/admin/login', 'a known address (a password checked)', 400],
    ['/admin/login', 'an unknown address', 0],
    ['/admin/forgot-password', 'a known address', 40],
    ['/admin/forgot-password', 'an unknown address', 0],
    ['/ADMIN/Login/', 'a path written otherwise', 0],
  ])('%s for %s answers after answerMs and not before', async (path, _, workMs) => {
    const ctx = request(path);
    expect(await answeredAt(guard()(ctx, strapiAnswers(workMs)))).toEqual({ before: false, at: true });
  });

  it('leaves other requests alone', async () => {
    let answered = false;
    const run = guard()(request('/admin/init', undefined, 'GET'), async () => {}).then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(0);
    await run;
    expect(answered).toBe(true);
  });

  it('counts failed sign-ins and reset requests per client, an IPv6 /64 as one, and refuses the rest with 429', async () => {
    const limited = guard(3);
    const statuses: number[] = [];
    for (const [path, ip] of [
      ['/admin/login', '2001:db8:5:5::1'],
      ['/admin/forgot-password', '2001:db8:5:5::2'],
      ['/admin/login/', '2001:db8:5:5:ffff::3'],
      ['/admin/login', '2001:db8:5:5::4'],
      ['/admin/forgot-password', '2001:db8:5:5::5'],
    ]) {
      const ctx = request(path!, ip);
      // Strapi's answers: a wrong password, and a reset request (the same for any address).
      const run = limited(ctx, async () => {
        ctx.status = path!.includes('forgot') ? 204 : 400;
      });
      await vi.advanceTimersByTimeAsync(ANSWER_MS);
      await run;
      statuses.push(ctx.status);
    }
    expect(statuses).toEqual([400, 204, 400, 429, 429]);
    // Another client is not refused for it.
    const other = request('/admin/login', '2001:db8:5:6::1');
    const run = limited(other, async () => {
      other.status = 400;
    });
    await vi.advanceTimersByTimeAsync(ANSWER_MS);
    await run;
    expect(other.status).toBe(400);
  });

  it('gives a successful sign-in its point back: editors who sign in are never refused', async () => {
    const limited = guard(2);
    for (let i = 0; i < 5; i += 1) {
      const ctx = request('/admin/login', '198.51.100.20');
      const run = limited(ctx, async () => {
        ctx.status = 200;
      });
      await vi.advanceTimersByTimeAsync(ANSWER_MS);
      await run;
      expect(ctx.status).toBe(200);
    }
  });
});
