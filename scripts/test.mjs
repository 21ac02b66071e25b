// `pnpm test`: every check and suite of the repository, the quick ones first so a mistake fails
// within minutes, then one line per stage with its seconds. With TEST_TIMES_FILE (what .ci/run
// sets) those lines are also appended to that file, so CI prints them beside its install's.
// `pnpm test <stage> …` runs only the stages named (e.g. `pnpm test cms-sqlite e2e`).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

// One seeded CMS database for the whole run: the first stage that boots a CMS writes it, every
// later CMS (the suites', the content client's, the site's, the end-to-end ones) starts from a copy.
const seededDir = mkdtempSync(path.join(tmpdir(), 'maine-sten-seeded-'));
process.env.CMS_SEEDED_SQLITE ??= path.join(seededDir, 'seeded.db');
process.on('exit', () => rmSync(seededDir, { recursive: true, force: true }));

/** name, what it runs, its folder and environment; see docs/testing.md for what each needs. */
export const STAGES = [
  { name: 'lint', command: ['pnpm', 'run', 'lint'] },
  { name: 'typecheck', command: ['pnpm', 'run', 'typecheck'] },
  { name: 'repository', command: ['pnpm', 'exec', 'vitest', 'run', '--root', '.', '--exclude', 'tests/images.test.ts'] },
  { name: 'cms-sqlite', command: ['pnpm', 'exec', 'vitest', 'run'], cwd: 'apps/cms' },
  { name: 'cms-postgres', command: ['pnpm', 'exec', 'vitest', 'run'], cwd: 'apps/cms', env: { TEST_DATABASE: 'postgres' } },
  { name: 'content-client', command: ['pnpm', 'exec', 'vitest', 'run'], cwd: 'packages/content-client' },
  { name: 'web', command: ['pnpm', 'exec', 'vitest', 'run'], cwd: 'apps/web' },
  { name: 'build', command: ['sh', '-c', 'node scripts/build-if-stale.mjs web && node scripts/build-if-stale.mjs cms'] },
  { name: 'e2e', command: ['pnpm', 'exec', 'playwright', 'test'], cwd: 'e2e' },
  { name: 'images', command: ['pnpm', 'exec', 'vitest', 'run', '--root', '.', 'tests/images.test.ts'] },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some((stage) => stage.name === name));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}: the stages are ${STAGES.map((stage) => stage.name).join(', ')}`);
  process.exit(2);
}

const times = [];
const report = () => {
  const lines = times.map(({ name, seconds, status }) => `${`${name} `.padEnd(18, '.')} ${String(seconds).padStart(5)} s${status === 0 ? '' : '  FAILED'}`);
  console.log(`\nWhere the time went:\n${lines.join('\n')}`);
  if (process.env.TEST_TIMES_FILE) appendFileSync(process.env.TEST_TIMES_FILE, lines.map((line) => `${line}\n`).join(''));
};

for (const stage of STAGES.filter((stage) => wanted.length === 0 || wanted.includes(stage.name))) {
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}${stage.cwd ? ` (in ${stage.cwd})` : ''}`);
  const started = performance.now();
  const [command, ...args] = stage.command;
  const result = spawnSync(command, args, { cwd: path.join(root, stage.cwd ?? '.'), stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const status = result.status ?? 1;
  times.push({ name: stage.name, seconds: Math.round((performance.now() - started) / 1000), status });
  if (status !== 0) {
    report();
    console.error(`\n${stage.name} failed (${result.signal ?? `exit ${status}`}); the stages after it did not run.`);
    process.exit(status || 1);
  }
}
report();
