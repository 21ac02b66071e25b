// src/generated must be what graphql-codegen writes for the committed schema and queries.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const packageDir = path.resolve(import.meta.dirname, '..');

describe('src/generated', () => {
  it('is fresh (run `pnpm --filter @maine-sten/content-client codegen`)', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'content-client-codegen-'));
    const cwd = process.cwd();
    try {
      process.chdir(packageDir);
      const [[file, output]] = Object.entries(config.generates) as [[string, object]];
      await generate({ ...config, silent: true, generates: { [path.join(outDir, path.basename(file))]: output } }, true);
      const committed = path.join(packageDir, 'src/generated');
      expect(readdirSync(outDir).sort()).toEqual(readdirSync(committed).sort());
      for (const file of readdirSync(committed)) {
        expect(readFileSync(path.join(committed, file), 'utf8'), file).toBe(readFileSync(path.join(outDir, file), 'utf8'));
      }
    } finally {
      process.chdir(cwd);
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
