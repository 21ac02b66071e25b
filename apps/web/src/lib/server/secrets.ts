// Compares a secret a request brings with the one the server holds. Both sides are hashed first,
// so inputs of any length or encoding (43 × "é" in a cookie) compare in constant time instead of
// making timingSafeEqual throw on unequal byte lengths.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export const sameSecret = (given: string | null | undefined, expected: string | undefined): boolean =>
  typeof given === 'string' && typeof expected === 'string' && expected !== '' && timingSafeEqual(digest(given), digest(expected));
