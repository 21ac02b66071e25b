// The outbox of the site's form submissions (issue #35): what the CMS cannot take when a visitor
// sends it is kept here, sealed, the visitor gets the usual confirmation, and a loop delivers it
// once the CMS answers again. In Redis when REDIS_URL is set (shared by every web process), else
// in a folder.
import path from 'node:path';
import { metrics } from '../../metrics.js';
import { settings } from '../../settings.js';
import { sharedKey, sharedStore } from '../../shared-store';
import { storeSubmission } from '../submissions';
import { DeliveryLoop } from './delivery';
import type { Outbox } from './entry';
import { outboxKeys, type OutboxKeys } from './key';
import { openEntry, sealEntry, type Submission } from './sealing';
import { FileSpool } from './spool';
import { RedisOutbox } from './stream';

/**
 * A loop holding an entry longer than this has died (a killed process): another takes it over.
 * Short, so what a dead process held goes out soon after the CMS is back; a slow delivery taken
 * over while still running is harmless, since both carry the entry's key and the CMS stores one.
 */
const LEASE_MS = 15_000;
const bounds = () => ({ maxEntries: settings.OUTBOX_MAX_ENTRIES, maxBytes: settings.OUTBOX_MAX_BYTES, leaseMs: LEASE_MS });
const spoolDir = () => settings.OUTBOX_DIR ?? path.resolve('.outbox');

let outbox: Outbox | undefined;
let keys: OutboxKeys | undefined;
let loop: DeliveryLoop | undefined;

function theOutbox(): Outbox {
  const redis = sharedStore();
  outbox ??= redis ? new RedisOutbox(redis, sharedKey('outbox'), bounds()) : new FileSpool(spoolDir(), bounds());
  return outbox;
}

const theKeys = (): OutboxKeys => (keys ??= outboxKeys(process.env, spoolDir()));

/**
 * Keeps a submission the CMS could not take, sealed and durably, before the visitor is told it
 * was received; 'full' (nothing kept, said in the log) when the outbox is at its bounds, cannot be
 * written or has no key.
 */
export async function queueSubmission(submission: Submission): Promise<'queued' | 'full'> {
  const found = theKeys();
  if ('problem' in found) {
    console.error('[outbox] closed (%s): a %s submission was refused with 503', found.problem, submission.form);
    return 'full';
  }
  try {
    const result = await theOutbox().add(sealEntry(submission, Date.now(), found.keyring));
    if (result === 'full') {
      console.error('[outbox] full (OUTBOX_MAX_ENTRIES=%d, OUTBOX_MAX_BYTES=%d): a %s submission was refused with 503', settings.OUTBOX_MAX_ENTRIES, settings.OUTBOX_MAX_BYTES, submission.form);
    }
    return result;
  } catch (error) {
    console.error('[outbox] could not keep a %s submission (%s): refused with 503', submission.form, (error as Error).message);
    return 'full';
  }
}

/** Starts this process's delivery loop (once), and the outbox's numbers on /metrics. */
export function startOutbox(): void {
  if (loop) return;
  const found = theKeys();
  if ('problem' in found) {
    console.error('[outbox] closed: %s. Forms the CMS cannot take answer 503 with the hotline.', found.problem);
    return;
  }
  loop = new DeliveryLoop(theOutbox(), (entry) => storeSubmission(entry.form, openEntry(entry, found.keyring), entry.key));
  const running = loop;
  metrics().readings.outbox = () => running.last;
  running.start();
}
