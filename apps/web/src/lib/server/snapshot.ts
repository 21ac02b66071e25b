// The last good published content on disk, so a web process started while the CMS is down still
// serves every page it knew. Written atomically (a temp file, then rename) after content changes;
// read once at boot. A missing or corrupt file is reported in one line and ignored: the site then
// starts with the built-in hotline only, as it would without a snapshot.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry } from './cache';

const FILE = 'content-snapshot.json';
const VERSION = 1;

interface SnapshotFile {
  version: number;
  savedAt: string;
  entries: Record<string, Entry>;
}

const isEntries = (value: unknown): value is Record<string, Entry> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === 'object' && entry !== null && 'value' in entry);

export function readSnapshot(dir: string): Record<string, Entry> | null {
  const file = path.join(dir, FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null; // no snapshot yet
  }
  try {
    const parsed = JSON.parse(text) as Partial<SnapshotFile>;
    if (parsed.version !== VERSION || !isEntries(parsed.entries)) throw new Error('unexpected shape');
    return parsed.entries;
  } catch (error) {
    console.error('[content] ignoring the snapshot %s: %s', file, error instanceof Error ? error.message : String(error));
    return null;
  }
}

export function writeSnapshot(dir: string, entries: Record<string, Entry>): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  const snapshot: SnapshotFile = { version: VERSION, savedAt: new Date().toISOString(), entries };
  writeFileSync(temp, JSON.stringify(snapshot));
  renameSync(temp, file);
}

/** Writes at most once per `delayMs`, whatever the number of changes in between. */
export function debouncedSnapshotWriter(dir: string, entries: () => Record<string, Entry>, delayMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      try {
        writeSnapshot(dir, entries());
      } catch (error) {
        console.error('[content] could not write the snapshot in %s: %s', dir, error instanceof Error ? error.message : String(error));
      }
    }, delayMs);
    timer.unref();
  };
}
