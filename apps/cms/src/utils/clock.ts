// The time the CMS's rules about time go by: when an email, a hotline notice or a webhook is due
// again, how long a claim holds, the hotline's self-approval wait, retention. The real time, except
// in a test that stops it (setClockForTests), so the test moves past a back-off or a day at once
// instead of waiting for it and racing the machine's speed (#32). Times that only record what
// happened (emailSentAt, deliveredAt, a webhook event's time and signature) stay on the real time.
//
// Kept on globalThis, not in this module: the suites import this file from src while the CMS they
// boot in the same process runs its compiled copy from dist, and both must read one clock.
const KEY: unique symbol = Symbol.for('maine-sten.clock');
type Holder = { [KEY]?: number };
const holder = globalThis as Holder;

/** Now, in milliseconds since the epoch. */
export const nowMs = (): number => holder[KEY] ?? Date.now();

export const now = (): Date => new Date(nowMs());

/** Tests only: the clock stands at `at` until the next call; null gives it back the real time. */
export function setClockForTests(at: Date | number | null): void {
  if (at === null) delete holder[KEY];
  else holder[KEY] = typeof at === 'number' ? at : at.getTime();
}
