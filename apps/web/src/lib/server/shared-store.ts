// What several web processes must count together (form and search limits, used form tokens)
// lives in Redis when REDIS_URL is set. Redis is never waited for: while it is unreachable each
// process counts on its own, said once in the log, and nothing answers 500.
import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { settings } from './settings.js';

type Client = ReturnType<typeof createClient>;
let client: Client | null | undefined;

/** The client (connected, or connecting in the background), or null without REDIS_URL. */
export function sharedStore(): Client | null {
  if (client === undefined) {
    if (!settings.REDIS_URL) return (client = null);
    let down = false;
    client = createClient({ url: settings.REDIS_URL, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) } });
    client.on('error', (error: Error) => {
      if (!down) console.warn('[limits] Redis unreachable (%s): limits and form tokens are counted per process until it is back', error.message);
      down = true;
    });
    client.on('ready', () => {
      if (down) console.warn('[limits] Redis is back: limits and form tokens are shared again');
      down = false;
    });
    client.connect().catch(() => {});
  }
  return client;
}

/** Keys of this site only (the forms token is its own), so two sites on one Redis never mix. */
export const sharedKey = (name: string) =>
  `maine-sten:${createHash('sha256').update(settings.CMS_FORMS_TOKEN ?? '').digest('hex').slice(0, 12)}:${name}`;
