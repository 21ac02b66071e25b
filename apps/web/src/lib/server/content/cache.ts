// The site's copy of published content. A fresh entry (younger than `ttlMs`) is served as it is;
// an expired one is served at once too, and refreshed in the background, one refresh per key at a
// time (stale-while-revalidate), so a visitor never waits on the CMS once the content is known.
// Only content never seen waits for the CMS. Failures open a circuit (see circuit.ts): while it is
// open, nothing is sent, known content keeps being served and unknown content fails at once.
// Entries are bounded (least recently used go first), and `onStored` lets the owner persist them.
// A load that was already running when its key was invalidated is superseded: its answer goes to
// the callers waiting for it but is never stored, and the next request starts a new load (it may
// have read the CMS before the change).
import { LRUCache } from 'lru-cache';
import { Circuit } from './circuit';
import type { CmsReachability } from './cms-reachability';

export interface CacheResult<T> {
  value: T;
}

export interface Entry<T = unknown> {
  value: T;
  storedAt: number;
}

export interface ContentCacheOptions {
  ttlMs: number;
  /** Most entries kept; the least recently used go first. */
  maxEntries?: number;
  now?: () => number;
  circuit?: Circuit;
  /** Told of every load's outcome: whether the CMS answered. */
  reachability?: Pick<CmsReachability, 'answered' | 'failed'>;
  /** Called after a load stored a value: the key's first, a different one, or the same again. */
  onStored?: (key: string, change: 'new' | 'changed' | 'same') => void;
  /** Called when a background refresh fails (the stale copy keeps being served). */
  onRefreshFailed?: (key: string, error: unknown) => void;
  /** Called for each read: served fresh, served stale (refreshing), or waited for a load. */
  onRead?: (result: 'fresh' | 'stale' | 'load') => void;
}

/** Thrown without asking the CMS while the circuit is open and nothing is cached. */
export class CircuitOpenError extends Error {
  constructor(readonly key: string, retryInMs: number) {
    super(`Not asking the CMS for ${key}: it failed recently (next try in ${Math.ceil(retryInMs / 1000)} s).`);
    this.name = 'CircuitOpenError';
  }
}

export class ContentCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly superseded = new WeakSet<Promise<unknown>>();
  private readonly ttlMs: number;
  private readonly now: () => number;
  readonly circuit: Circuit;

  constructor(private readonly options: ContentCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.now = options.now ?? Date.now;
    this.circuit = options.circuit ?? new Circuit(1000, 30_000, this.now);
    this.entries = new LRUCache({ max: options.maxEntries ?? 500 });
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<CacheResult<T>> {
    const entry = this.entries.get(key) as Entry<T> | undefined;
    if (entry && this.now() - entry.storedAt < this.ttlMs) {
      this.options.onRead?.('fresh');
      return { value: entry.value };
    }
    if (entry) {
      this.options.onRead?.('stale');
      if (!this.circuit.open) {
        this.loadOnce(key, load).catch((error: unknown) => this.options.onRefreshFailed?.(key, error));
      }
      return { value: entry.value };
    }
    if (this.circuit.open && !this.inFlight.has(key)) throw new CircuitOpenError(key, this.circuit.retryInMs);
    this.options.onRead?.('load');
    return { value: await this.loadOnce(key, load) };
  }

  /** Loads the key now, whatever its age (concurrent calls share one load). */
  refresh<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.circuit.open && !this.inFlight.has(key)) return Promise.reject(new CircuitOpenError(key, this.circuit.retryInMs));
    return this.loadOnce(key, load);
  }

  /** Drops the entries whose key matches; returns how many went. */
  invalidateWhere(matches: (key: string) => boolean): number {
    let dropped = 0;
    for (const key of [...this.entries.keys()]) {
      if (matches(key)) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    for (const [key, pending] of [...this.inFlight]) {
      if (matches(key)) {
        this.superseded.add(pending);
        this.inFlight.delete(key);
      }
    }
    return dropped;
  }

  /** Every entry, for a snapshot. */
  dump(): Record<string, Entry> {
    return Object.fromEntries([...this.entries.entries()]);
  }

  /** Puts entries back (from a snapshot) as expired copies: served at once, refreshed on first use. */
  restore(entries: Record<string, Entry>): number {
    let restored = 0;
    for (const [key, entry] of Object.entries(entries)) {
      if (!this.entries.has(key)) {
        this.entries.set(key, { value: entry.value, storedAt: -Infinity });
        restored += 1;
      }
    }
    return restored;
  }

  /** Whether the key has a copy (fresh, expired or from a snapshot). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const promise: Promise<T> = load()
      .then((value) => {
        this.circuit.succeeded();
        this.options.reachability?.answered();
        if (this.superseded.has(promise)) return value;
        const previous = this.entries.get(key);
        this.entries.set(key, { value, storedAt: this.now() });
        const change = !previous ? 'new' : JSON.stringify(previous.value) !== JSON.stringify(value) ? 'changed' : 'same';
        this.options.onStored?.(key, change);
        return value;
      }, (error: unknown) => {
        this.circuit.failed();
        this.options.reachability?.failed(key, error);
        throw error;
      })
      .finally(() => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
      });
    this.inFlight.set(key, promise);
    return promise;
  }
}
