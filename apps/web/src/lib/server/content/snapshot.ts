// The last good published content on disk, so a web process started while the CMS is down still
// serves every page it knew. Written atomically (a temp file, then rename) after content changes;
// read once at boot. A missing or corrupt file is reported in one line and ignored: the site then
// starts with the built-in hotline only, as it would without a snapshot. It also keeps the CMS's
// change markers the content was read at (change-poll.ts), so a process that was down during a
// publish knows at its first check what changed meanwhile. The temp file is unique per writer:
// two containers sharing the folder may both be PID 1.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry } from './cache';

const FILE = 'content-snapshot.json';
const VERSION = 1;

/** The CMS's change marker per content type and language (see change-poll.ts). */
export type ChangeMarkers = Record<string, Record<string, string>>;

interface SnapshotFile {
  version: number;
  savedAt: string;
  entries: Record<string, Entry>;
  markers?: ChangeMarkers;
}

export interface Snapshot {
  entries: Record<string, Entry>;
  markers: ChangeMarkers | null;
  savedAt: number;
}

const isEntries = (value: unknown): value is Record<string, Entry> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === 'object' && entry !== null && 'value' in entry);

/** The snapshot file in one folder. */
export class ContentSnapshot {
  private lastSavedAt = 0;

  constructor(private readonly dir: string) {}

  /** When the snapshot on disk was last written or read, for the operator's metrics (0: never). */
  get savedAt(): number {
    return this.lastSavedAt;
  }

  read(): Snapshot | null {
    const file = path.join(this.dir, FILE);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null; // no snapshot yet
    }
    try {
      const parsed = JSON.parse(text) as Partial<SnapshotFile>;
      if (parsed.version !== VERSION || !isEntries(parsed.entries)) throw new Error('unexpected shape');
      const savedAt = Date.parse(parsed.savedAt ?? '') || 0;
      this.lastSavedAt = savedAt;
      const markers = typeof parsed.markers === 'object' && parsed.markers !== null ? parsed.markers : null;
      return { entries: parsed.entries, markers, savedAt };
    } catch (error) {
      console.error('[content] ignoring the snapshot %s: %s', file, error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  write(entries: Record<string, Entry>, markers?: ChangeMarkers | null): void {
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, FILE);
    const temp = `${file}.${randomUUID()}.tmp`;
    const now = new Date();
    const snapshot: SnapshotFile = { version: VERSION, savedAt: now.toISOString(), entries, ...(markers ? { markers } : {}) };
    writeFileSync(temp, JSON.stringify(snapshot));
    renameSync(temp, file);
    this.lastSavedAt = now.getTime();
  }

  /** A writer that writes at most once per `delayMs`, whatever the number of changes in between. */
  debouncedWriter(
    entries: () => Record<string, Entry>,
    markers: () => ChangeMarkers | null = () => null,
    delayMs = 500,
  ): () => void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    return () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        try {
          this.write(entries(), markers());
        } catch (error) {
          console.error('[content] could not write the snapshot in %s: %s', this.dir, error instanceof Error ? error.message : String(error));
        }
      }, delayMs);
      timer.unref();
    };
  }
}
