// The loop in every web process that hands the outbox's entries to the CMS, oldest first. It
// delivers one after another while the CMS takes them; when it cannot (down, 5xx, timeout) the
// entry goes back and the loop waits, twice as long each time up to a cap, so a CMS coming back is
// not flooded. Each delivery carries the entry's key, so one retried after a lost answer, or made
// by two processes at once, is stored once by the CMS.
import { SubmissionError } from '../submissions';
import type { Outbox, OutboxEntry, OutboxStats } from './entry';

export const FIRST_PAUSE_MS = 1000;
/** The longest wait between tries: a CMS that is back is noticed within this. */
export const MAX_PAUSE_MS = 10_000;
/** An entry older than this is said in the log (once per entry): the CMS has been away too long. */
export const OLD_ENTRY_MS = 10 * 60 * 1000;

export type Deliver = (entry: OutboxEntry) => Promise<void>;
export type Step = 'delivered' | 'empty' | 'failed' | 'rejected';

export class DeliveryLoop {
  private pauseMs = FIRST_PAUSE_MS;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private warnedAbout: number | null = null;
  /** The last stats read, for /metrics (read without waiting on the disk or Redis). */
  last: OutboxStats = { entries: 0, oldestQueuedAt: null };

  constructor(
    private readonly outbox: Outbox,
    private readonly deliver: Deliver,
    private readonly clock: () => number = Date.now,
  ) {}

  /** One entry: delivered, none waiting, the CMS could not take it, or it refused it for good. */
  async step(): Promise<Step> {
    const claimed = await this.outbox.claim(this.clock());
    if (!claimed) return 'empty';
    try {
      await this.deliver(claimed.entry);
    } catch (error) {
      if (error instanceof SubmissionError && !error.retryable) {
        await this.outbox.reject(claimed, error.message);
        return 'rejected';
      }
      await this.outbox.release(claimed);
      return 'failed';
    }
    await this.outbox.done(claimed);
    return 'delivered';
  }

  /** Reads the outbox's size and age for /metrics, and says in the log when an entry waits too long. */
  async observe(): Promise<OutboxStats> {
    this.last = await this.outbox.stats();
    const oldest = this.last.oldestQueuedAt;
    if (oldest !== null && this.clock() - oldest > OLD_ENTRY_MS && this.warnedAbout !== oldest) {
      this.warnedAbout = oldest;
      console.warn('[outbox] a submission has waited %d minutes for the CMS (%d waiting)', Math.floor((this.clock() - oldest) / 60_000), this.last.entries);
    }
    return this.last;
  }

  /** Runs steps until the outbox is empty or the CMS fails; returns how long to wait before the next run. */
  async run(): Promise<number> {
    for (;;) {
      const step = await this.step().catch((error: Error) => {
        console.warn('[outbox] %s', error.message);
        return 'failed' as const;
      });
      if (step === 'delivered' || step === 'rejected') {
        this.pauseMs = FIRST_PAUSE_MS;
        continue;
      }
      await this.observe().catch(() => {});
      if (step === 'empty') return FIRST_PAUSE_MS;
      const pause = this.pauseMs;
      this.pauseMs = Math.min(this.pauseMs * 2, MAX_PAUSE_MS);
      return pause;
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const next = (ms: number) => {
      if (!this.running) return;
      this.timer = setTimeout(() => void this.run().then(next), ms);
      this.timer.unref();
    };
    next(0);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }
}
