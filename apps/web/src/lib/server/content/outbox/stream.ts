// The outbox with Redis: one stream every web process shares, read through a consumer group, so
// each entry goes to one delivery loop at a time (XREADGROUP), is gone once delivered (XACK, XDEL),
// and one held by a process that died mid-delivery is taken over once it has been idle longer
// than the lease (XAUTOCLAIM). Its durability is Redis's own: run it with appendonly (docs/operations.md).
import { randomBytes } from 'node:crypto';
import type { createClient } from 'redis';
import { entryBytes, type Claimed, type Outbox, type OutboxEntry, type OutboxStats } from './entry';

type Client = ReturnType<typeof createClient>;
interface StreamMessage {
  id: string;
  message: Record<string, string>;
}
const GROUP = 'delivery';

interface Bounds {
  maxEntries: number;
  maxBytes: number;
  leaseMs: number;
}

export class RedisOutbox implements Outbox {
  /** This loop's name in the group; each instance has its own, so two never share what they hold. */
  private readonly consumer = `web-${process.pid}-${randomBytes(4).toString('hex')}`;
  private group: Promise<unknown> | undefined;
  private readonly bytesKey: string;
  private readonly rejectedKey: string;

  constructor(
    private readonly redis: Client,
    private readonly key: string,
    private readonly bounds: Bounds,
  ) {
    this.bytesKey = `${key}:bytes`;
    this.rejectedKey = `${key}:rejected`;
  }

  private async ready(): Promise<void> {
    if (!this.redis.isReady) throw new Error('Redis is not reachable');
    this.group ??= this.redis.xGroupCreate(this.key, GROUP, '0', { MKSTREAM: true }).catch((error: Error) => {
      if (!error.message.includes('BUSYGROUP')) {
        this.group = undefined;
        throw error;
      }
    });
    await this.group;
  }

  async add(entry: OutboxEntry): Promise<'queued' | 'full'> {
    await this.ready();
    const size = entryBytes(entry);
    const [length, bytes] = await Promise.all([this.redis.xLen(this.key), this.redis.get(this.bytesKey)]);
    if (length >= this.bounds.maxEntries || Number(bytes ?? 0) + size > this.bounds.maxBytes) return 'full';
    await this.redis.xAdd(this.key, '*', { entry: JSON.stringify(entry), size: String(size) });
    await this.redis.incrBy(this.bytesKey, size);
    return 'queued';
  }

  private async read(id: '0' | '>'): Promise<StreamMessage | null> {
    const reply = (await this.redis.xReadGroup(GROUP, this.consumer, { key: this.key, id }, { COUNT: 1 })) as unknown as
      | { messages: StreamMessage[] }[]
      | null;
    return reply?.[0]?.messages[0] ?? null;
  }

  async claim(): Promise<Claimed | null> {
    await this.ready();
    // What this loop gave back first (the oldest it holds), then what a dead process held, then new.
    let message = await this.read('0');
    if (!message) {
      const taken = (await this.redis.xAutoClaim(this.key, GROUP, this.consumer, this.bounds.leaseMs, '0-0', { COUNT: 1 })) as unknown as {
        messages: (StreamMessage | null)[];
      };
      message = taken.messages.find((found) => found !== null) ?? null;
    }
    message ??= await this.read('>');
    if (!message) return null;
    return { entry: JSON.parse(message.message.entry!) as OutboxEntry, ref: message.id };
  }

  private async remove(claimed: Claimed): Promise<void> {
    await this.redis.xAck(this.key, GROUP, claimed.ref);
    if ((await this.redis.xDel(this.key, claimed.ref)) > 0) await this.redis.decrBy(this.bytesKey, entryBytes(claimed.entry));
  }

  async done(claimed: Claimed): Promise<void> {
    await this.remove(claimed);
  }

  /** It stays held by this loop, which reads it first again. */
  async release(): Promise<void> {}

  async reject(claimed: Claimed, reason: string): Promise<void> {
    console.error('[outbox] the CMS refused a queued submission (%s); kept in the Redis list %s', reason, this.rejectedKey);
    await this.redis.rPush(this.rejectedKey, JSON.stringify({ ...claimed.entry, reason }));
    await this.remove(claimed);
  }

  async stats(): Promise<OutboxStats> {
    await this.ready();
    const entries = await this.redis.xLen(this.key);
    const first = (await this.redis.xRange(this.key, '-', '+', { COUNT: 1 })) as unknown as StreamMessage[];
    const oldest = first[0] ? (JSON.parse(first[0].message.entry!) as OutboxEntry).queuedAt : null;
    return { entries, oldestQueuedAt: oldest };
  }
}
