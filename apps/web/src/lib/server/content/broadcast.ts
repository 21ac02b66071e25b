// With several web processes, the CMS's change notice reaches only one of them. When REDIS_URL is
// set, that process publishes the change on a Redis channel and every process (itself excepted)
// drops the same entries. Without REDIS_URL this does nothing and one process works alone.
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';

const CHANNEL = 'maine-sten:content-changed';

type Client = ReturnType<typeof createClient>;

interface ChangeMessage {
  origin: string;
  model: string;
  /** The language changed, when the CMS said (a change in English affects every language). */
  locale?: string;
}

const parse = (message: string): ChangeMessage | null => {
  try {
    const value = JSON.parse(message) as Partial<ChangeMessage>;
    return typeof value.origin === 'string' && typeof value.model === 'string' ? (value as ChangeMessage) : null;
  } catch {
    return null;
  }
};

/** One process's end of the channel: its own messages come back to it and are ignored. */
export class ChangeBroadcast {
  private readonly origin = randomUUID();
  private publisher: Client | null = null;

  /** Connects to Redis and calls `onChange` for changes other processes publish. */
  async listen(url: string, onChange: (model: string, locale?: string) => void): Promise<void> {
    const logError = (error: Error) => console.error('[broadcast] Redis: %s', error.message);
    const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) } });
    client.on('error', logError);
    const subscriber = client.duplicate();
    subscriber.on('error', logError);
    await Promise.all([client.connect(), subscriber.connect()]);
    await subscriber.subscribe(CHANNEL, (message) => {
      const change = parse(message);
      if (change && change.origin !== this.origin) onChange(change.model, typeof change.locale === 'string' ? change.locale : undefined);
    });
    this.publisher = client;
  }

  /** Tells the other web processes about a change (nothing without Redis). */
  async publish(model: string, locale?: string): Promise<void> {
    if (!this.publisher?.isReady) return;
    await this.publisher.publish(CHANNEL, JSON.stringify({ origin: this.origin, model, locale })).catch((error: Error) => {
      console.error('[broadcast] could not publish a change: %s', error.message);
    });
  }
}
