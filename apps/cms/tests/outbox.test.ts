// The outbox (src/jobs/outbox.ts) on its own, against a booted CMS's database: a claim is won by
// one caller only, a lease that runs out lets another caller take the row over, a failed try
// waits out the back-off (on the CMS's clock, moved by the test) and gives up past its deadline,
// and pruning deletes only old finished rows. The rows are hotline changes that no real outbox
// sends (no notice event, no SMTP in this suite), under an outbox of the test's own.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { pauseMs } from '../src/jobs/backoff';
import { dueKeys, leaseMs, pruneFinished, tryOne, type Outbox, type Try } from '../src/jobs/outbox';
import { HOTLINE_CHANGE } from '../src/hotline/change';
import { setClockForTests } from '../src/utils/clock';

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
const TESTER = 'outbox-test';

interface Row {
  documentId: string;
  emailAttempts: number | null;
  emailNextAttemptAt: string | null;
  emailSentAt: string | null;
  state: string;
}

const OUTBOX: Outbox<Row> & Required<Pick<Outbox<Row>, 'finished'>> = {
  uid: HOTLINE_CHANGE,
  key: 'documentId',
  attempts: 'emailAttempts',
  nextAttemptAt: 'emailNextAttemptAt',
  waiting: () => ({ proposedBy: TESTER, state: 'approved', emailSentAt: { $null: true } }),
  backoff: () => ({ firstMs: 10 * SECOND, factor: 3, longestMs: 2 * 60 * SECOND }),
  sent: () => ({ emailSentAt: new Date() }),
  deadline: { afterMs: 6 * HOUR, expired: { state: 'rejected' } },
  finished: { proposedBy: TESTER, state: { $ne: 'approved' } },
};

const suiteCms = useSuiteCms();
let cms: BootedCms;
let made = 0;

beforeAll(() => {
  cms = suiteCms();
});
afterEach(() => setClockForTests(null));

const numbers = { phone: null, sms: null, tty: null, url: null };
async function makeRow(data: Record<string, unknown> = {}): Promise<string> {
  made += 1;
  const documentId = `outboxtest${made}`.padEnd(24, '0');
  await cms.strapi.db.query(HOTLINE_CHANGE).create({
    data: { documentId, state: 'approved', current: numbers, proposed: numbers, proposedBy: TESTER, emailAttempts: 0, ...data },
  });
  return documentId;
}
const read = async (documentId: string) => (await cms.strapi.db.query(HOTLINE_CHANGE).findOne({ where: { documentId } })) as Row;
const setCreatedAt = (documentId: string, at: number) => cms.strapi.db.query(HOTLINE_CHANGE).updateMany({ where: { documentId }, data: { createdAt: new Date(at) } });

const sends = (outcome: Try['outcome']) => {
  const calls: number[] = [];
  const send = async (_row: Row, attempts: number) => {
    calls.push(attempts);
    return { outcome };
  };
  return { calls, send };
};

describe('the outbox', () => {
  it('gives a row to one of two callers claiming it at once, and never again once sent', async () => {
    const documentId = await makeRow();
    const { calls, send } = sends('sent');
    const results = await Promise.all([tryOne(cms.strapi, OUTBOX, documentId, send), tryOne(cms.strapi, OUTBOX, documentId, send)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(calls).toEqual([1]);
    const row = await read(documentId);
    expect(row.emailSentAt).not.toBeNull();
    expect(row.emailAttempts).toBe(1);
    expect(row.emailNextAttemptAt).toBeNull();
    expect(await tryOne(cms.strapi, OUTBOX, documentId, send)).toBeNull();
    expect(await dueKeys(cms.strapi, OUTBOX)).not.toContain(documentId);
  });

  it('lets another caller take a row over once the lease of one that stopped runs out', async () => {
    const start = Date.now();
    setClockForTests(start);
    const documentId = await makeRow();
    const { calls, send } = sends('sent');
    let inner: Awaited<ReturnType<typeof tryOne>> | undefined;
    const outer = await tryOne(cms.strapi, OUTBOX, documentId, async (row, attempts) => {
      // While this caller holds the lease, nobody else gets the row…
      expect(await tryOne(cms.strapi, OUTBOX, documentId, send)).toBeNull();
      setClockForTests(start + leaseMs() - 1);
      expect(await tryOne(cms.strapi, OUTBOX, documentId, send)).toBeNull();
      // …and once it has run out (this caller hangs), another does.
      setClockForTests(start + leaseMs());
      inner = await tryOne(cms.strapi, OUTBOX, documentId, send);
      return sends('failed').send(row, attempts);
    });
    expect(outer?.attempts).toBe(1);
    expect(inner?.outcome).toBe('sent');
    expect(calls).toEqual([1]);
  });

  it('waits out the back-off after each failure, on the CMS clock, then gives up past the deadline', async () => {
    const start = Date.now();
    setClockForTests(start);
    const documentId = await makeRow();
    await setCreatedAt(documentId, start);
    const { calls, send } = sends('failed');
    let at = start;
    const schedule: [attempts: number, pause: number][] = [
      [1, 10 * SECOND],
      [2, 30 * SECOND],
      [3, 90 * SECOND],
      [4, 120 * SECOND], // 270 s, but no pause is longer than 2 minutes
    ];
    for (const [attempts, pause] of schedule) {
      expect(pauseMs(attempts, OUTBOX.backoff())).toBe(pause);
      const result = await tryOne(cms.strapi, OUTBOX, documentId, send);
      expect(result).toMatchObject({ outcome: 'failed', attempts, pauseMs: pause });
      expect(Date.parse((await read(documentId)).emailNextAttemptAt!)).toBe(at + pause);
      setClockForTests(at + pause - 1);
      expect(await tryOne(cms.strapi, OUTBOX, documentId, send)).toBeNull();
      expect(await dueKeys(cms.strapi, OUTBOX)).not.toContain(documentId);
      at += pause;
      setClockForTests(at);
      expect(await dueKeys(cms.strapi, OUTBOX)).toContain(documentId);
    }
    expect(calls).toEqual([1, 2, 3, 4]);
    // A failure whose next try would come after the deadline gives up: no next try, the row expired.
    setClockForTests(start + 6 * HOUR - 2 * 60 * SECOND + 1);
    expect(await tryOne(cms.strapi, OUTBOX, documentId, send)).toMatchObject({ outcome: 'failed', attempts: 5, pauseMs: null });
    const row = await read(documentId);
    expect(row).toMatchObject({ state: 'rejected', emailNextAttemptAt: null, emailAttempts: 5 });
    expect(await dueKeys(cms.strapi, OUTBOX)).not.toContain(documentId);
  });

  it('drops a row without counting the try', async () => {
    const documentId = await makeRow({ emailAttempts: 2 });
    const result = await tryOne(cms.strapi, OUTBOX, documentId, async () => ({ outcome: 'dropped' as const, data: { state: 'rejected' } }));
    expect(result).toMatchObject({ outcome: 'dropped', pauseMs: null });
    expect(await read(documentId)).toMatchObject({ state: 'rejected', emailAttempts: 2, emailNextAttemptAt: null });
  });

  it('prunes finished rows made before the given time, and never one still waiting', async () => {
    const now = Date.now();
    const day = 24 * HOUR;
    const oldFinished = await makeRow({ state: 'rejected' });
    const oldWaiting = await makeRow();
    const recentFinished = await makeRow({ state: 'rejected' });
    await setCreatedAt(oldFinished, now - 40 * day);
    await setCreatedAt(oldWaiting, now - 40 * day);
    await setCreatedAt(recentFinished, now - 10 * day);
    expect(await pruneFinished(cms.strapi, OUTBOX, new Date(now - 30 * day))).toBe(1);
    const left = async (documentId: string) => cms.strapi.db.query(HOTLINE_CHANGE).count({ where: { documentId } });
    expect(await left(oldFinished)).toBe(0);
    expect(await left(oldWaiting)).toBe(1);
    expect(await left(recentFinished)).toBe(1);
  });
});
