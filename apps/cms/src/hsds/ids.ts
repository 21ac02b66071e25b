// HSDS identifiers are UUIDs: a version-5 (name-based, SHA-1) UUID of a name that never changes for
// an entry — its documentId and its place in it — so a referral system that imported an agency
// yesterday recognises it today, and every export gives the same ids.
import { createHash } from 'node:crypto';

/** This project's namespace, a fixed UUID never to be changed (it would change every id). */
const NAMESPACE = 'a3f1c9e2-6b7d-4e58-9c0a-2d4b8f61e7a5';

export function stableId(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
