// The key outbox entries are sealed with (sealed-text.ts, AES-256-GCM), so a copy of the spool
// folder or of Redis shows no one's message. OUTBOX_KEY seals and opens; OUTBOX_KEY_PREVIOUS only
// opens, for the entries still waiting when the key changes. It is the site's own key, not the
// CMS's SUBMISSIONS_KEY: the site only ever opens what it sealed itself. In production a missing
// or malformed key leaves the outbox closed (a form the CMS cannot take answers 503 with the
// hotline, as without an outbox) and says so at start; the pages are served either way. Elsewhere
// a missing key is made once, beside the spool.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newKeyText, parseKey, type Keyring, type SealKey } from '../../sealed-text';

const HOW_TO_MAKE = 'make one with `openssl rand -base64 32`';

export type OutboxKeys = { keyring: Keyring } | { problem: string };

function keyFrom(name: string, text: string): SealKey | string {
  return parseKey(text) ?? `${name} must be 32 random bytes in base64 (44 characters): ${HOW_TO_MAKE}`;
}

export function outboxKeys(env: Record<string, string | undefined>, devKeyDir: string): OutboxKeys {
  const previousText = env.OUTBOX_KEY_PREVIOUS?.trim();
  const previous = previousText ? keyFrom('OUTBOX_KEY_PREVIOUS', previousText) : undefined;
  if (typeof previous === 'string') return { problem: previous };
  let currentText = env.OUTBOX_KEY?.trim();
  if (!currentText) {
    if ((env.NODE_ENV ?? 'development') === 'production') return { problem: `OUTBOX_KEY is not set: form submissions kept while the CMS is away are sealed with it; ${HOW_TO_MAKE}` };
    const file = path.join(devKeyDir, 'development.key');
    if (!existsSync(file)) {
      mkdirSync(devKeyDir, { recursive: true });
      writeFileSync(file, `${newKeyText()}\n`, { mode: 0o600, flag: 'wx' });
    }
    currentText = readFileSync(file, 'utf8').trim();
  }
  const current = keyFrom('OUTBOX_KEY', currentText);
  return typeof current === 'string' ? { problem: current } : { keyring: { current, previous } };
}
