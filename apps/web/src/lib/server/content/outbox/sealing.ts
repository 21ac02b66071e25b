// An outbox entry's words sealed (sealed-text.ts): the form's fields are one sealed value, so a
// copy of the spool or of Redis shows which form and when, never who wrote or what they said.
import { open, seal, SealError, type Keyring } from '../../sealed-text';
import { SubmissionError } from '../submissions';
import type { OutboxEntry } from './entry';

export interface Submission {
  form: OutboxEntry['form'];
  data: Record<string, unknown>;
  key: string;
}

export const sealEntry = ({ form, data, key }: Submission, queuedAt: number, keyring: Keyring): OutboxEntry => ({
  form,
  key,
  queuedAt,
  data: seal(JSON.stringify(data), keyring.current),
});

/** The fields of an entry; one no key here opens is refused for good (set aside, not retried forever). */
export function openEntry(entry: OutboxEntry, keyring: Keyring): Record<string, unknown> {
  try {
    return JSON.parse(open(entry.data, keyring)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SealError) throw new SubmissionError(`cannot open a queued submission: ${error.message}`);
    throw error;
  }
}
