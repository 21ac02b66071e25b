// What the outbox keeps: a submission the CMS could not take when the visitor sent it, with the key
// that makes every later delivery of it store one entry in the CMS. Two keepers share this shape:
// a file spool (spool.ts, one process) and a Redis stream (stream.ts, every web process).
import type { FormName } from '$lib/forms/fields';

export interface OutboxEntry {
  form: FormName;
  /** The form's fields, sealed (sealing.ts). */
  data: string;
  /** The CMS's Idempotency-Key (form-timing.ts `submissionKeyOf`). */
  key: string;
  /** When it was queued (ms since the epoch). */
  queuedAt: number;
}

/** An entry one delivery loop holds; `ref` is the keeper's own handle on it. */
export interface Claimed {
  entry: OutboxEntry;
  ref: string;
}

export interface OutboxStats {
  entries: number;
  /** The oldest entry's queuedAt, or null when empty. */
  oldestQueuedAt: number | null;
}

export interface Outbox {
  /** Keeps it durably before it answers; 'full' when the bounds are reached (nothing kept). */
  add(entry: OutboxEntry): Promise<'queued' | 'full'>;
  /**
   * The oldest entry no loop holds (or whose holder's lease ran out: a killed process), now held
   * by the caller until `done`, `release` or `reject`; null when there is none.
   */
  claim(now: number): Promise<Claimed | null>;
  /** Delivered: gone from the outbox. */
  done(claimed: Claimed): Promise<void>;
  /** Not delivered this time: back for a later try, still the oldest. */
  release(claimed: Claimed): Promise<void>;
  /** The CMS refused it for good (a 4xx): set aside where an operator finds it, never dropped silently. */
  reject(claimed: Claimed, reason: string): Promise<void>;
  stats(): Promise<OutboxStats>;
}

export const entryBytes = (entry: OutboxEntry): number => Buffer.byteLength(JSON.stringify(entry));
