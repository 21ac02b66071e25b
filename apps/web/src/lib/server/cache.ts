// A small in-memory cache for published content: fresh entries are served for `ttlMs`; after that
// the next request reloads, and if the CMS fails the last good copy keeps being served (marked
// stale) rather than taking the site down. Concurrent loads of one key share a single request.

export interface CacheResult<T> {
  value: T;
  /** True when the CMS failed and this is an older copy. */
  stale: boolean;
}

interface Entry<T> {
  value: T;
  storedAt: number;
}

export class ContentCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<CacheResult<T>> {
    const entry = this.entries.get(key) as Entry<T> | undefined;
    if (entry && this.now() - entry.storedAt < this.ttlMs) return { value: entry.value, stale: false };

    try {
      return { value: await this.loadOnce(key, load), stale: false };
    } catch (error) {
      if (entry) return { value: entry.value, stale: true };
      throw error;
    }
  }

  /** Drops entries whose key starts with any of the prefixes (all entries when none are given). */
  invalidate(...prefixes: string[]): number {
    let dropped = 0;
    for (const key of [...this.entries.keys()]) {
      if (prefixes.length === 0 || prefixes.some((prefix) => key.startsWith(prefix))) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  private loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const promise = load()
      .then((value) => {
        this.entries.set(key, { value, storedAt: this.now() });
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }
}
