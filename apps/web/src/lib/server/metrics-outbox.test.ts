// /metrics shows the outbox: how many submissions wait for the CMS and how old the oldest is.
import { afterEach, expect, it, vi } from 'vitest';
import { metrics } from './metrics.js';

afterEach(() => vi.useRealTimers());

it('reports the outbox size and the oldest entry’s age', async () => {
  vi.useFakeTimers({ now: 1_000_000 });
  const { register, readings } = metrics();
  readings.outbox = () => ({ entries: 3, oldestQueuedAt: 1_000_000 - 90_000 });
  const text = await register.metrics();
  expect(text).toMatch(/^site_outbox_entries 3$/m);
  expect(text).toMatch(/^site_outbox_oldest_age_seconds 90$/m);
  readings.outbox = () => ({ entries: 0, oldestQueuedAt: null });
  expect(await register.metrics()).toMatch(/^site_outbox_oldest_age_seconds 0$/m);
});
