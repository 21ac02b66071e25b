// What several CMS processes must count together (the content API rate limit) lives in Redis when
// REDIS_URL is set. Redis is never waited for: while it is unreachable each process counts on its
// own, said once in the log, and nothing answers 500.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createClient } from 'redis';
import type { CmsSettings } from '../settings';

type Client = ReturnType<typeof createClient>;
let client: Client | null = null;
let clientUrl: string | undefined;

/** The client (connected, or connecting in the background), or null without REDIS_URL. */
export function sharedStore(settings: CmsSettings, log: (message: string) => void): Client | null {
  if (!settings.REDIS_URL) return null;
  if (client && clientUrl === settings.REDIS_URL) return client;
  let down = false;
  clientUrl = settings.REDIS_URL;
  client = createClient({ url: settings.REDIS_URL, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) } });
  client.on('error', (error: Error) => {
    if (!down) log(`[limits] Redis unreachable (${error.message}): the content API limit is counted per process until it is back`);
    down = true;
  });
  client.on('ready', () => {
    if (down) log('[limits] Redis is back: the content API limit is shared again');
    down = false;
  });
  client.connect().catch(() => {});
  return client;
}

/** Started at boot, so the first requests are counted in Redis too; waits `timeoutMs` at most. */
export async function connectSharedStore(settings: CmsSettings, log: (message: string) => void, timeoutMs = 3000): Promise<void> {
  const started = sharedStore(settings, log);
  if (!started || started.isReady) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      started.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    started.on('ready', done);
  });
}

/** Closes the client (Strapi's destroy), so a stopped CMS leaves no socket open. */
export async function closeSharedStore(): Promise<void> {
  const closing = client;
  client = null;
  clientUrl = undefined;
  if (closing?.isReady) await closing.close().catch(() => {});
  else closing?.destroy();
}

/**
 * Keys of this cluster only: the processes of one database share them, so two sites (or a test's
 * databases) on one Redis never mix.
 */
export function sharedKey(settings: CmsSettings, name: string): string {
  const database =
    settings.DATABASE_CLIENT === 'postgres'
      ? `${settings.DATABASE_URL ?? `${settings.DATABASE_HOST}:${settings.DATABASE_PORT}/${settings.DATABASE_NAME}`}#${settings.DATABASE_SCHEMA}`
      : `sqlite:${path.resolve(settings.DATABASE_FILENAME)}`;
  return `maine-sten-cms:${createHash('sha256').update(database).digest('hex').slice(0, 12)}:${name}`;
}
