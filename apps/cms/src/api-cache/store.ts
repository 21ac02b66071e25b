// Where the content API's answers are kept: in this process (a bounded LRU), and in Redis when
// REDIS_URL is set so every CMS process shares them. Every key carries the content's generation,
// a number that any change of published content moves on (in Redis, for every process at once);
// an answer computed before a change is stored under the old generation and never read again, so
// a publish cannot be undone by a slow request that finishes after it.
import type { CmsSettings } from '../settings';
import { sharedKey, sharedStore } from '../utils/shared-store';

export interface CachedAnswer {
  type: string;
  body: string;
  /** The route template that made it, so a hit is counted under it (middlewares/metrics.ts). */
  route?: string;
}

type Client = NonNullable<ReturnType<typeof sharedStore>>;

export class ApiCacheStore {
  private readonly entries = new Map<string, CachedAnswer & { expires: number }>();
  private bytes = 0;
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
      this.entries.delete(name); // most recently used last
      this.entries.set(name, local);
      return local;
    }
    const redis = this.redisConfigured ? this.redis : null;
    if (!redis) return null;
    const stored = await redis.get(this.key(name)).catch(() => null);
    if (!stored) return null;
    const answer = JSON.parse(stored) as CachedAnswer;
    this.remember(name, answer);
    return answer;
  }

  async set(generation: string, hash: string, answer: CachedAnswer): Promise<void> {
    const name = `${generation}:${hash}`;
    this.remember(name, answer);
    const redis = this.redisConfigured ? this.redis : null;
    await redis?.set(this.key(name), JSON.stringify(answer), { PX: this.options.ttlMs }).catch(() => {});
  }

  private remember(name: string, answer: CachedAnswer) {
    const size = answer.body.length;
    if (size > this.options.maxBytes / 8) return; // one huge answer must not empty the cache
    const old = this.entries.get(name);
    if (old) this.bytes -= old.body.length;
    this.entries.delete(name);
    this.entries.set(name, { ...answer, expires: Date.now() + this.options.ttlMs });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}
