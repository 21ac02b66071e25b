import { randomBytes } from 'node:crypto';

/** A newsletter link's secret (confirm, unsubscribe): 32 random bytes, URL-safe (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url');
