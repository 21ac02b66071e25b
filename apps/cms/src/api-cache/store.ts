// Where the content API's answers are kept: in this process (a bounded LRU), and in Redis when
// REDIS_URL is set so every CMS process shares them. Every key carries the content's generation,
// a number that any change of published content moves on (in Redis, for every process at once);
// an answer computed before a change is stored under the old generation and never read again, so
// a publish cannot be undone by a slow request that finishes after it.
import type { CmsSettings } from '../settings';
import { sharedKey, sharedStore } from '../utils/shared-store';

export interface CachedAnswer {
  type: string;
  /** The bytes sent: a Buffer goes to the socket as it is, a string is encoded on every send. */
  body: Buffer;
  /** The route template that made it, so a hit is counted under it (middlewares/metrics.ts). */
  route?: string;
}

/** In Redis, as JSON text. */
interface StoredAnswer {
  type: string;
  body: string;
  route?: string;
}

interface Entry extends CachedAnswer {
  expires: number;
  /** Its place in the order of insertion (the count of insertions when it was put last). */
  seq: number;
}

type Client = NonNullable<ReturnType<typeof sharedStore>>;

export class ApiCacheStore {
  /** Oldest first: eviction takes from the front. */
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private inserted = 0;
  private localGeneration = 0;

  constructor(
    private readonly options: { ttlMs: number; maxBytes: number },
    private readonly settings: CmsSettings,
    private readonly log: (message: string) => void,
  ) {}

  private get redis(): Client | null {
    const client = sharedStore(this.settings, this.log);
    return client?.isReady ? client : null;
  }

  private get redisConfigured(): boolean {
    return Boolean(this.settings.REDIS_URL);
  }

  private key(name: string) {
    return sharedKey(this.settings, `api-cache:${name}`);
  }

  /**
   * The current generation, or null when it cannot be known (Redis configured but down: another
   * process may have seen a change, so nothing is read from or written to the cache meanwhile).
   */
  async generation(): Promise<string | null> {
    if (!this.redisConfigured) return String(this.localGeneration);
    const redis = this.redis;
    if (!redis) return null;
    try {
      return (await redis.get(this.key('generation'))) ?? '0';
    } catch {
      return null;
    }
  }

  /** Published content changed: every answer kept so far is stale, in every process. */
  async drop(): Promise<void> {
    this.localGeneration += 1;
    this.entries.clear();
    this.bytes = 0;
    if (!this.redisConfigured) return;
    try {
      await this.redis?.incr(this.key('generation'));
    } catch (error) {
      this.log(`[api-cache] could not move the shared generation on: ${(error as Error).message}`);
    }
  }

  async get(generation: string, hash: string): Promise<CachedAnswer | null> {
    const name = `${generation}:${hash}`;
    const local = this.entries.get(name);
    if (local && local.expires > Date.now()) {
      this.touch(name, local);
      return local;
    }
    const redis = this.redisConfigured ? this.redis : null;
    if (!redis) return null;
    const stored = await redis.get(this.key(name)).catch(() => null);
    if (!stored) return null;
    const { type, body, route } = JSON.parse(stored) as StoredAnswer;
    const answer: CachedAnswer = { type, body: Buffer.from(body, 'utf8'), route };
    this.remember(name, answer);
    return answer;
  }

  async set(generation: string, hash: string, answer: CachedAnswer): Promise<void> {
    const name = `${generation}:${hash}`;
    this.remember(name, answer);
    const redis = this.redisConfigured ? this.redis : null;
    const stored: StoredAnswer = { type: answer.type, body: answer.body.toString('utf8'), route: answer.route };
    await redis?.set(this.key(name), JSON.stringify(stored), { PX: this.options.ttlMs }).catch(() => {});
  }

  /**
   * Nearly least-recently-used: an answer read again moves to the recent end only once it has
   * drifted into the older half. Moving it on every hit (delete, set) made every hit reshape the
   * map, garbage that outlived the young generation under load.
   */
  private touch(name: string, entry: Entry) {
    // Fewer than half of the entries were put after it: it is in the recent half already.
    if (this.inserted - entry.seq < this.entries.size / 2) return;
    this.entries.delete(name);
    this.inserted += 1;
    entry.seq = this.inserted;
    this.entries.set(name, entry);
  }

  private remember(name: string, answer: CachedAnswer) {
    const size = answer.body.length;
    if (size > this.options.maxBytes / 8) return; // one huge answer must not empty the cache
    const old = this.entries.get(name);
    if (old) this.bytes -= old.body.length;
    this.entries.delete(name);
    this.inserted += 1;
    this.entries.set(name, { ...answer, expires: Date.now() + this.options.ttlMs, seq: this.inserted });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}
