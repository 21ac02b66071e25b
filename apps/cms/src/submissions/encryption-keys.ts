// The keys form submissions are sealed with (crypto/envelope.ts), from the environment:
// SUBMISSIONS_KEY seals and opens, SUBMISSIONS_KEY_PREVIOUS only opens (while `submissions:rekey`
// moves the rows to the new key). In production a missing or malformed key stops the start with
// the variable's name: nothing is ever stored in plain text instead. Elsewhere (development,
// tests) a missing key is made once into the gitignored .tmp/ folder, next to the SQLite file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newKeyText, parseKey, type Keyring, type SealKey } from '../crypto/envelope';

export const DEV_KEY_FILE = '.tmp/submissions-dev.key';
const HOW_TO_MAKE = 'a new one: `openssl rand -base64 32`';

export class KeySettingError extends Error {}

function keyFrom(name: string, text: string): SealKey {
  const key = parseKey(text);
  if (!key) throw new KeySettingError(`${name} must be 32 random bytes in base64 (44 characters), ${HOW_TO_MAKE}`);
  return key;
}

/**
 * The keyring the settings give. `appDir` holds .tmp/ for the development key; `log` says when
 * that key is used or made. `makeDevKey: false` (the rekey script, which an operator may run
 * without NODE_ENV) uses a development key only if one exists.
 */
export function submissionKeyring(
  env: Record<string, string | undefined>,
  appDir: string,
  log: (message: string) => void = () => {},
  { makeDevKey = true } = {},
): Keyring {
  const currentText = env.SUBMISSIONS_KEY?.trim();
  const previousText = env.SUBMISSIONS_KEY_PREVIOUS?.trim();
  const previous = previousText ? keyFrom('SUBMISSIONS_KEY_PREVIOUS', previousText) : undefined;
  if (currentText) return { current: keyFrom('SUBMISSIONS_KEY', currentText), previous };
  const file = path.join(appDir, DEV_KEY_FILE);
  if ((env.NODE_ENV ?? 'development') === 'production' || (!makeDevKey && !existsSync(file))) {
    throw new KeySettingError(`SUBMISSIONS_KEY is not set: form submissions are stored encrypted with it; set it in the environment (${HOW_TO_MAKE})`);
  }
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${newKeyText()}\n`, { mode: 0o600, flag: 'wx' });
    log(`SUBMISSIONS_KEY is not set: made a development key in ${DEV_KEY_FILE} (production needs SUBMISSIONS_KEY)`);
  } else {
    log(`SUBMISSIONS_KEY is not set: using the development key in ${DEV_KEY_FILE}`);
  }
  return { current: keyFrom(`SUBMISSIONS_KEY (development key in ${DEV_KEY_FILE})`, readFileSync(file, 'utf8')), previous };
}
