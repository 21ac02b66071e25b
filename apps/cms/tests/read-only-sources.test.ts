// Running the CMS never writes into its own sources: booting it as `pnpm start` does (production)
// and as `pnpm dev` does (development, OpenAPI docs on) leaves every file under src/ and config/
// as it was, to the byte and the modification time, so `pnpm start` has nothing to rebuild.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newestSourceTime } from '../../../scripts/build-if-stale.mjs';
import { appDir, bootCms, tempSqliteTarget } from '@maine-sten/test-harness/cms';

/** path → content hash and modification time, for every file below the folders. */
function snapshot(...folders: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (entry: string) => {
    const stat = statSync(entry);
    if (stat.isDirectory()) return readdirSync(entry).forEach((child) => visit(path.join(entry, child)));
    const hash = createHash('sha256').update(readFileSync(entry)).digest('hex');
    files.set(path.relative(appDir, entry), `${hash} ${stat.mtimeMs}`);
  };
  folders.forEach((folder) => visit(path.join(appDir, folder)));
  return files;
}

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

describe.each([
  ['production, as `pnpm start` runs it', { NODE_ENV: 'production', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'Admin-password-1' } as Record<string, string>],
  ['development with the OpenAPI docs on, as `pnpm dev` runs it', { NODE_ENV: 'development', DOCUMENTATION_ENABLED: 'true' } as Record<string, string>],
])('booting the CMS in %s', (_name, settings) => {
  it('leaves src/ and config/ untouched, so build-if-stale has nothing to build', async () => {
    const before = snapshot('src', 'config');
    const newestBefore = newestSourceTime('cms');
    expect(before.size).toBeGreaterThan(40);

    Object.assign(process.env, settings);
    const db = tempSqliteTarget();
    const cms = await bootCms(db.target);
    try {
      expect((await fetch(`${cms.url}/api/faqs`)).status).toBe(200);
      // The documentation plugin used to write its Swagger page into src/ on every visit.
      if (settings.DOCUMENTATION_ENABLED) {
        const docs = await fetch(`${cms.url}/documentation/v1.0.0`);
        expect(docs.status).toBe(200);
        expect(await docs.text()).toContain('Maine STEN content API');
      }
    } finally {
      await cms.stop();
      db.cleanup();
    }

    const after = snapshot('src', 'config');
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
    expect(changed).toEqual([]);
    expect(newestSourceTime('cms')).toBe(newestBefore);
  });
});
