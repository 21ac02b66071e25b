// The one outbox for what the CMS sends by itself: form emails, hotline notices, partner webhooks.
// Each is a row of its content type that waits until it is sent, and any CMS process (its cron
// job, or the request that made the row) may try it. A try is claimed first by one UPDATE … WHERE
// the row is still waiting and due, which moves its next try a lease ahead: of several processes
// (or calls) trying at once, exactly one matches the row, on SQLite and on PostgreSQL alike. If
// that process dies or hangs mid-try, the lease runs out and another takes the row over. A failed
// try puts the next one off (backoff.ts); past the outbox's deadline it gives up instead; finished
// rows are pruned after a while.
import type { Core, UID } from '@strapi/strapi';
import { cmsSettings } from '../settings';
import * as clock from '../utils/clock';
import { pauseMs, type Backoff } from './backoff';

type Where = Record<string, unknown>;
type Data = Record<string, unknown>;
type Key = string | number;

export interface Outbox<Item> {
  uid: UID.ContentType;
  /** The column a try names its row by. */
  key: 'id' | 'documentId';
  /** The columns that count the tries and hold the next one's time. */
  attempts: string;
  nextAttemptAt: string;
  /** Rows still to be sent, whenever their next try is. */
  waiting: (now: Date) => Where;
  backoff: () => Backoff;
  /** What a successful try writes besides the count (when it was sent). */
  sent: () => Data;
  /** A failure whose next try would come later than `afterMs` after the row was made gives up: it writes `expired`. */
  deadline?: { afterMs: number; expired: Data };
  /** Narrows the write of a try's outcome (a hotline notice: only the step the try was about). */
  scope?: (item: Item) => Where;
  /** Rows done with (sent or given up), which pruning deletes once old. */
  finished?: Where;
}

/**
 * What a try did: `sent`; `failed`, tried again after a pause (or given up past the deadline);
 * `dropped`, never tried again, the try not counted. `data` is written with the outcome.
 */
export interface Try {
  outcome: 'sent' | 'failed' | 'dropped';
  data?: Data;
}

/**
 * How long a process may take over one try before another takes it over (it stopped, or hangs):
 * EMAIL_CLAIM_SECONDS. Every send gives up sooner (the SMTP connection: config/plugins.ts; a
 * webhook's POST), so a slow try is never taken over while it may still succeed.
 */
export const leaseMs = (): number => cmsSettings().EMAIL_CLAIM_SECONDS * 1000;

/** Due: waiting, and no try planned (or leased) until later than `now`. */
const due = <Item>(outbox: Outbox<Item>, now: Date): Where => ({
  $and: [outbox.waiting(now), { $or: [{ [outbox.nextAttemptAt]: { $null: true } }, { [outbox.nextAttemptAt]: { $lte: now } }] }],
});

/** Takes the row's next try for this caller, for leaseMs(): one UPDATE, so one caller of any number. */
export async function claim<Item>(strapi: Core.Strapi, outbox: Outbox<Item>, key: Key): Promise<boolean> {
  const now = clock.now();
  const { count } = await strapi.db.query(outbox.uid).updateMany({
    where: { [outbox.key]: key, ...due(outbox, now) },
    data: { [outbox.nextAttemptAt]: new Date(now.getTime() + leaseMs()) },
  });
  return count > 0;
}

/** The keys of rows due now (`where` narrows them), oldest first when `orderBy` says so. */
export async function dueKeys<Item>(
  strapi: Core.Strapi,
  outbox: Outbox<Item>,
  { where = {}, limit, orderBy }: { where?: Where; limit?: number; orderBy?: Record<string, 'asc' | 'desc'> } = {},
): Promise<Key[]> {
  const rows = (await strapi.db.query(outbox.uid).findMany({
    select: [outbox.key],
    where: { $and: [due(outbox, clock.now()), where] },
    ...(limit ? { limit } : {}),
    ...(orderBy ? { orderBy } : {}),
  })) as Record<Outbox<Item>['key'], Key>[];
  return rows.map((row) => row[outbox.key]);
}

/**
 * Claims the row and, if this caller got it, tries it with `send` and records the outcome: the
 * count, and the next try after a pause, or none. Null when another caller has the row, it is not
 * due, or it is gone. `pauseMs` is the wait before the next try, null when there is none.
 */
export async function tryOne<Item extends object, Result extends Try>(
  strapi: Core.Strapi,
  outbox: Outbox<Item>,
  key: Key,
  send: (item: Item, attempts: number) => Promise<Result>,
): Promise<(Result & { attempts: number; pauseMs: number | null }) | null> {
  if (!(await claim(strapi, outbox, key))) return null;
  const item = (await strapi.db.query(outbox.uid).findOne({ where: { [outbox.key]: key } })) as (Item & Record<string, unknown>) | null;
  if (!item) return null;
  // Counted while the lease is held: no other process writes the row meanwhile.
  const attempts = Number(item[outbox.attempts] ?? 0) + 1;
  const result = await send(item, attempts);
  const where = { [outbox.key]: key, ...outbox.scope?.(item) };
  const write = (data: Data) => strapi.db.query(outbox.uid).updateMany({ where, data });
  if (result.outcome === 'dropped') {
    await write({ ...result.data, [outbox.nextAttemptAt]: null });
    return { ...result, attempts, pauseMs: null };
  }
  if (result.outcome === 'sent') {
    await write({ ...result.data, ...outbox.sent(), [outbox.attempts]: attempts, [outbox.nextAttemptAt]: null });
    return { ...result, attempts, pauseMs: null };
  }
  const pause = pauseMs(attempts, outbox.backoff());
  const next = clock.nowMs() + pause;
  const expired = outbox.deadline && next - new Date(item.createdAt as string | Date).getTime() > outbox.deadline.afterMs ? outbox.deadline.expired : null;
  await write({ ...result.data, ...expired, [outbox.attempts]: attempts, [outbox.nextAttemptAt]: expired ? null : new Date(next) });
  return { ...result, attempts, pauseMs: expired ? null : pause };
}

/** Deletes the outbox's finished rows made before `before`; returns how many. */
export async function pruneFinished<Item>(strapi: Core.Strapi, outbox: Outbox<Item> & Required<Pick<Outbox<Item>, 'finished'>>, before: Date): Promise<number> {
  const { count } = await strapi.db.query(outbox.uid).deleteMany({ where: { $and: [outbox.finished, { createdAt: { $lt: before } }] } });
  return count;
}
