// Strapi's cron (croner 10.0.1, patched: patches/croner@10.0.1.patch) never gives Node a negative
// delay. croner computes the next run from one reading of the clock and subtracts it from a later
// one; when the process stalls in between (a GC, a machine busy with the end-to-end suite) across
// the next run's second, the difference was negative and Node logged TimeoutNegativeWarning.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface CronJob {
  stop(): void;
}
type CronConstructor = new (pattern: string, run: () => void) => CronJob;

// The croner Strapi runs its cron with: its CommonJS build, as @strapi/core requires it.
const fromCms = createRequire(import.meta.url);
const fromStrapiCore = createRequire(fromCms.resolve('@strapi/core', { paths: [fromCms.resolve('@strapi/strapi')] }));
const { Cron } = fromStrapiCore('croner') as { Cron: CronConstructor };

const RealDate = Date;

/** The clock croner reads: each `new Date()` gives the next of `readings`, then the last again. */
function clockReading(...readings: string[]) {
  const times = readings.map((reading) => RealDate.parse(reading));
  vi.stubGlobal(
    'Date',
    new Proxy(RealDate, {
      construct: (target, args: unknown[]) => (args.length === 0 ? new target(times.length > 1 ? times.shift()! : times[0]!) : Reflect.construct(target, args)),
    }),
  );
}

/** The delay croner asks Node to wait before the next run of an every-second job, and Node's warnings about it. */
async function scheduledDelay(): Promise<{ delay: unknown; warnings: string[] }> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
  const job = new Cron('* * * * * *', () => {});
  const delay = setTimeoutSpy.mock.calls[0]?.[1];
  vi.unstubAllGlobals();
  job.stop();
  setTimeoutSpy.mockRestore();
  await new Promise((resolve) => setImmediate(resolve)); // Node emits a warning on the next tick
  process.off('warning', onWarning);
  return { delay, warnings: warnings.filter((warning) => warning.startsWith('TimeoutNegativeWarning')) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the next run of a cron job', () => {
  it('is waited for until its time', async () => {
    clockReading('2026-01-01T00:00:01.400Z');
    expect(await scheduledDelay()).toEqual({ delay: 600, warnings: [] });
  });

  it('is not waited for, and no warning is logged, when the process stalled past it', async () => {
    // The first reading 1 ms before the next run's second, the later one 6 ms after it.
    clockReading('2026-01-01T00:00:01.999Z', '2026-01-01T00:00:02.006Z');
    expect(await scheduledDelay()).toEqual({ delay: 0, warnings: [] });
  });
});
