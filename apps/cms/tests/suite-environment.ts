// Each worker runs suite after suite in one process (isolate: false: Strapi's modules load once per
// worker, not once per suite). What a suite sets in process.env must not reach the next one, so
// every suite gives back the environment, the clock and the globals as it found them.
import { afterAll, vi } from 'vitest';

const found = { ...process.env };

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  for (const name of Object.keys(process.env)) if (!(name in found)) delete process.env[name];
  Object.assign(process.env, found);
});
