// A sign-up's answer tells nothing about the address: the same status and body, and never sooner
// than SIGN_UP_ANSWER_MS, whether the address is new (an insert) or on the list (an update). The
// controller runs on stand-ins for Strapi and on vitest's clock, so no real time is measured.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { newsletterController, SIGN_UP_ANSWER_MS } from '../src/submissions/controllers';

const strapiWith = (existing: object | null) =>
  ({
    db: { query: () => ({ findOne: async () => existing }) },
    documents: () => ({ create: async () => ({ documentId: 'new-entry' }), update: async () => ({}) }),
    log: { error: () => {} },
  }) as unknown as Core.Strapi;

const signUp = () => ({ request: { body: { data: { email: 'reader@example.org', consent: true } } } }) as unknown as Context;

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'performance', 'setImmediate'] }));
afterEach(() => vi.useRealTimers());

describe('a newsletter sign-up’s answer', () => {
  it.each([
    ['a new address', null],
    ['an address waiting for its confirmation', { documentId: 'a', confirmedAt: null, emailSentAt: new Date().toISOString() }],
    ['a confirmed address', { documentId: 'b', confirmedAt: new Date().toISOString(), emailSentAt: '2020-01-01T00:00:00.000Z' }],
  ])('for %s is 202 with no data, after SIGN_UP_ANSWER_MS and not before', async (_, existing) => {
    const ctx = signUp();
    let answered = false;
    const done = newsletterController({ strapi: strapiWith(existing) })
      .create(ctx)
      .then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(SIGN_UP_ANSWER_MS - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(answered).toBe(true);
    expect({ status: ctx.status, body: ctx.body }).toEqual({ status: 202, body: { data: null } });
  });
});
