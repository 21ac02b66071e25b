// The committed Strapi types (types/generated) must match the schemas, or typed code lies.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDir, tempSqliteTarget, useTestSecrets } from '@maine-sten/test-harness/cms';

describe('types/generated', () => {
  it('is what `strapi ts:generate-types` writes for the current schemas', () => {
    const outDir = `.tmp/typegen-check-${process.pid}`;
    const db = tempSqliteTarget();
    useTestSecrets();
    try {
      execFileSync(path.join(appDir, 'node_modules/.bin/strapi'), ['ts:generate-types', '--silent', '--out-dir', outDir], {
        cwd: appDir,
        stdio: 'pipe',
        env: { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: db.target.filename },
      });
      for (const file of ['contentTypes.d.ts', 'components.d.ts']) {
        const fresh = readFileSync(path.join(appDir, outDir, 'generated', file), 'utf8');
        const committed = readFileSync(path.join(appDir, 'types/generated', file), 'utf8');
        expect(committed, `${file} is stale: run \`pnpm --filter @maine-sten/cms strapi ts:generate-types\``).toBe(fresh);
      }
    } finally {
      rmSync(path.join(appDir, outDir), { recursive: true, force: true });
      db.cleanup();
    }
  });
});
