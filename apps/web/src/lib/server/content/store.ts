// The store of published content: the cache (cache.ts) behind its circuit, what it keeps in step
// when an entry changes (the output cache, the snapshot on disk, the content version), and the
// read-through that loads from the CMS. Entries are refreshed in the background after
// CONTENT_TTL_SECONDS (default 30 s); the last good copy is served whenever the CMS fails or hangs.
// Drafts (preview) are read fresh and never kept.
import path from 'node:path';
import { ContentError, type ContentClient } from '@maine-sten/content-client';
import { baseLocale } from '$lib/i18n';
import { metrics } from '../metrics.js';
import { sharedOutputCache } from '../output-cache.js';
import { settings } from '../settings.js';
import { CircuitOpenError, ContentCache } from './cache';
import { localeOfKey, localeTagFor, modelOfKey, type Droppable } from './changes';
import { Circuit } from './circuit';
import type { ClientPool } from './client-pool';
import { cmsReachability, type CmsReachability } from './cms-reachability';
import { ContentSnapshot, type ChangeMarkers } from './snapshot';
import type { ContentOptions } from './types';

/** Reads `key:<locale>` through the store, loading it with `load` when needed. */
export type Read = <T>(key: string, load: (content: ContentClient) => Promise<T>, options?: ContentOptions) => Promise<T>;

/**
 * The CMS could not give us the content: down, hanging, refusing our token (401/403), rate
 * limiting (429), or held back by the open circuit. Pages answer 503 with the hotline.
 */
export const isCmsUnavailable = (error: unknown): boolean => error instanceof ContentError || error instanceof CircuitOpenError;

export class ContentStore implements Droppable {
  readonly reachability: CmsReachability;
  readonly cache: ContentCache;
  readonly outputCache: ReturnType<typeof sharedOutputCache>;
  private readonly snapshot = new ContentSnapshot(settings.CONTENT_SNAPSHOT_DIR ?? path.resolve('.content-snapshot'));
  private changes = 0;
  private writeSnapshotSoon: () => void = () => {};

  /** `onPageListStored`: a new or changed list of pages was stored (its new pages belong in the snapshot too). */
  constructor(private readonly clients: ClientPool, onPageListStored: () => void) {
    const ttlMs = settings.CONTENT_TTL_SECONDS * 1000;
    // One outage, one log line each way; any path that sees the CMS answer (a load, the change poll, a
    // notice) ends the circuit's pause, so a publish right after a restart is live at once.
    const circuit = new Circuit(1000, 30_000);
    this.reachability = cmsReachability({ onAnswer: () => circuit.succeeded() });
    this.cache = new ContentCache({
      ttlMs,
      circuit,
      reachability: this.reachability,
      maxEntries: settings.CONTENT_CACHE_MAX_ENTRIES,
      onStored: (key, change) => {
        if (change === 'same') return;
        this.changes += 1;
        // Pages rendered from an older copy are out of date (a new key was used by none): in that
        // language, or in all of them for English, which the others show where not translated. The
        // snapshot gets the new one.
        const locale = localeOfKey(key);
        if (change === 'changed') this.outputCache.drop([modelOfKey(key)], locale === baseLocale ? undefined : localeTagFor(locale));
        this.writeSnapshotSoon();
        if (key.startsWith('pages:list:')) onPageListStored();
      },
      onRefreshFailed: () => metrics().refreshFailures.inc(),
      onRead: (result) => metrics().contentCache.inc({ result }),
    });
    this.outputCache = sharedOutputCache(ttlMs);

    metrics().readings.circuitOpen = () => (this.cache.circuit.open ? 1 : 0);
    metrics().readings.snapshotSavedAt = () => this.snapshot.savedAt;
    // Ready once the frame of every page (the settings, with the hotline) is known, from the CMS or the snapshot.
    metrics().readings.ready = () => this.cache.has(`settings:${baseLocale}`);
  }

  /** Goes up whenever published content may have changed: derived data (the search index) rebuilds. */
  get version(): number {
    return this.changes;
  }

  contentChanged(): void {
    this.changes += 1;
  }

  /**
   * Reads the snapshot into the cache (at boot) and keeps it up to date from then on, with the
   * change markers `markers` gives; returns how many entries came back and the markers saved with them.
   */
  useSnapshot(markers: () => ChangeMarkers | null): { restored: number; markers: ChangeMarkers | null } {
    this.writeSnapshotSoon = this.snapshot.debouncedWriter(() => this.cache.dump(), markers);
    const saved = this.snapshot.read();
    return { restored: saved ? this.cache.restore(saved.entries) : 0, markers: saved?.markers ?? null };
  }

  /** Published content through the cache, under `key:<locale>`; drafts (preview) always fresh and never stored. */
  readonly read: Read = async (key, load, options = {}) => {
    const { locale = baseLocale, preview = false } = options;
    if (preview) return load(this.clients(options));
    return (
      await this.cache.get(`${key}:${locale}`, async () => {
        const done = metrics().cmsLatency.startTimer({ content: key.split(':')[0] });
        try {
          return await load(this.clients({ locale }));
        } finally {
          done();
        }
      })
    ).value;
  };

  /** Loads the page list now, whatever its age (for a slug it may not have yet). */
  reloadPageList() {
    return this.cache.refresh(`pages:list:${baseLocale}`, () => this.clients().listPages());
  }
}
