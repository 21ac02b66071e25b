// Sealed text: AES-256-GCM from Node's crypto, a random 12-byte IV per value, written as
// `enc:v1:<keyId>:<base64 of iv | tag | ciphertext>`. The key id (a short hash of the key) tells a
// wrong key from damaged data, and which key a value is under when rotating. No Strapi here: the
// website's outbox seals its entries with it too, from a copy (apps/web/src/lib/server/sealed-text.ts)
// that tests/repo.test.ts holds equal to this file.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface SealKey {
  id: string;
  bytes: Buffer;
}

/** Keys that may open a value: `current` seals; `previous` only opens (while rotating). */
export interface Keyring {
  current: SealKey;
  previous?: SealKey;
}

/** A key given as 32 bytes in base64 (`openssl rand -base64 32`), or null when it is not one. */
export function parseKey(text: string): SealKey | null {
  const trimmed = text.trim();
  if (!BASE64.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, 'base64');
  if (bytes.length !== KEY_BYTES || bytes.toString('base64') !== trimmed) return null;
  // Hashed with a label, so the id says nothing usable about the key.
  const id = createHash('sha256').update('maine-sten sealed text key id\0').update(bytes).digest('base64url').slice(0, 10);
  return { id, bytes };
}

export const newKeyText = (): string => randomBytes(KEY_BYTES).toString('base64');

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

/** The id of the key a sealed value is under, or null for plain text. */
export function sealedKeyId(value: string): string | null {
  if (!isSealed(value)) return null;
  const end = value.indexOf(':', PREFIX.length);
  return end === -1 ? null : value.slice(PREFIX.length, end);
}

export function seal(plain: string, key: SealKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export class SealError extends Error {}

/**
 * The plain text of a value: a sealed one opened with the keyring's key of its id, plain text
 * (stored before sealing began) as it is. A value under a key the keyring lacks, or altered, throws.
 */
export function open(value: string, keyring: Keyring): string {
  if (!isSealed(value)) return value;
  const keyId = sealedKeyId(value);
  const key = [keyring.current, keyring.previous].find((candidate) => candidate?.id === keyId);
  if (!key) throw new SealError(`sealed with an unknown key (id ${keyId}): not the current or previous key this process was given`);
  const packed = Buffer.from(value.slice(PREFIX.length + key.id.length + 1), 'base64');
  if (packed.length < IV_BYTES + TAG_BYTES) throw new SealError('sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key.bytes, packed.subarray(0, IV_BYTES));
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SealError(`sealed value under key ${key.id} does not authenticate (altered or damaged)`);
  }
}
