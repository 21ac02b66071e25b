// The outbox without Redis: one file per entry in a folder (a volume in docker-compose.yml), so
// what a visitor was told was received survives a crash or a restart. An entry is written to a
// temporary name, flushed to disk, renamed into place and the folder flushed too, all before the
// visitor's confirmation. A loop holds an entry by renaming it to a name with the time it took it
// (rename is atomic: two loops never both win); an entry held longer than the lease belongs to a
// process that died mid-delivery and is taken over. Names start with the queue time, so sorted
// names are oldest first.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { entryBytes, type Claimed, type Outbox, type OutboxEntry, type OutboxStats } from './entry';

const READY = /^(\d{15})-[A-Za-z0-9_-]+\.json$/;
const HELD = /^(\d{15}-[A-Za-z0-9_-]+\.json)\.held-(\d+)$/;

interface Bounds {
  maxEntries: number;
  maxBytes: number;
  leaseMs: number;
}

/** Writes `text` to `file` so that it is whole on disk when this returns, or not there at all. */
async function writeDurably(dir: string, file: string, text: string): Promise<void> {
  const temporary = path.join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path.join(dir, file));
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export class FileSpool implements Outbox {
  private ready: Promise<unknown> | undefined;

  constructor(
    readonly dir: string,
    private readonly bounds: Bounds,
  ) {}

  private async files(): Promise<string[]> {
    this.ready ??= mkdir(path.join(this.dir, 'rejected'), { recursive: true });
    await this.ready;
    return (await readdir(this.dir)).filter((name) => READY.test(name) || HELD.test(name)).sort();
  }

  async add(entry: OutboxEntry): Promise<'queued' | 'full'> {
    const files = await this.files();
    const sizes = await Promise.all(files.map((name) => stat(path.join(this.dir, name)).then((info) => info.size, () => 0)));
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    const text = JSON.stringify(entry);
    if (files.length >= this.bounds.maxEntries || bytes + entryBytes(entry) > this.bounds.maxBytes) return 'full';
    await writeDurably(this.dir, `${String(entry.queuedAt).padStart(15, '0')}-${entry.key}.json`, text);
    return 'queued';
  }

  async claim(now: number): Promise<Claimed | null> {
    for (const name of await this.files()) {
      const held = HELD.exec(name);
      if (held && Number(held[2]) + this.bounds.leaseMs > now) continue;
      const base = held ? held[1]! : name;
      const ref = `${base}.held-${now}`;
      try {
        await rename(path.join(this.dir, name), path.join(this.dir, ref));
      } catch {
        continue; // another loop took it first
      }
      try {
        return { entry: JSON.parse(await readFile(path.join(this.dir, ref), 'utf8')) as OutboxEntry, ref };
      } catch (error) {
        await this.reject({ entry: {} as OutboxEntry, ref }, `unreadable: ${(error as Error).message}`);
      }
    }
    return null;
  }

  async done(claimed: Claimed): Promise<void> {
    await unlink(path.join(this.dir, claimed.ref)).catch(() => {});
  }

  async release(claimed: Claimed): Promise<void> {
    await rename(path.join(this.dir, claimed.ref), path.join(this.dir, HELD.exec(claimed.ref)![1]!)).catch(() => {});
  }

  async reject(claimed: Claimed, reason: string): Promise<void> {
    const base = HELD.exec(claimed.ref)![1]!;
    console.error('[outbox] the CMS refused a queued submission (%s); kept in %s', reason, path.join(this.dir, 'rejected', base));
    await rename(path.join(this.dir, claimed.ref), path.join(this.dir, 'rejected', base)).catch(() => {});
  }

  async stats(): Promise<OutboxStats> {
    const files = await this.files();
    const first = files[0];
    return { entries: files.length, oldestQueuedAt: first ? Number(first.slice(0, 15)) : null };
  }
}
