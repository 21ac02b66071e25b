// Builds an app of this repository unless its build output is newer than all of its sources.
// Used by `pnpm start` and before the end-to-end tests (which need the CMS admin panel built).
// CLI: node scripts/build-if-stale.mjs cms|web
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const APPS = {
  cms: {
    name: 'the CMS',
    dir: path.join(root, 'apps/cms'),
    // ../../patches: patched dependencies (the admin panel bundles @strapi/content-manager).
    sources: ['config', 'src', 'scripts/build.mjs', 'package.json', 'tsconfig.json', '../../patches'],
    output: 'dist/build/index.html',
  },
  web: {
    name: 'the website',
    dir: path.join(root, 'apps/web'),
    // messages/ and project.inlang: the interface text compiled into src/lib/generated.
    sources: ['src', 'static', 'messages', 'project.inlang', 'package.json', 'svelte.config.js', 'vite.config.ts'],
    output: 'build/index.js',
  },
};

/** Newest modification time below the given paths (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) if (child !== 'node_modules') visit(path.join(entry, child));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return latest;
}

/**
 * The workspace packages an app depends on (`workspace:` versions), which its build bundles; not
 * its development ones (the test harness), which no build reads.
 */
export function workspaceDependencies(app) {
  const { dir } = APPS[app];
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return Object.entries({ ...manifest.dependencies })
    .filter(([, version]) => String(version).startsWith('workspace:'))
    .map(([name]) => realpathSync(path.join(dir, 'node_modules', name)));
}

/** Every path an app's build reads: its own sources and its workspace packages (their node_modules aside). */
export const sourcePaths = (app) => [
  ...APPS[app].sources.map((source) => path.join(APPS[app].dir, source)),
  ...workspaceDependencies(app),
];

/** Modification time of the newest source of an app: what its build must be newer than. */
export const newestSourceTime = (app) => newest(sourcePaths(app));

/**
 * True when the app's build output (or `output`, another file the build writes, such as the CMS's
 * compiled server code) is missing or older than one of its sources.
 */
export function isStale(app, output = APPS[app].output) {
  const outputFile = path.join(APPS[app].dir, output);
  const outputTime = existsSync(outputFile) ? statSync(outputFile).mtimeMs : 0;
  return outputTime === 0 || outputTime < newestSourceTime(app);
}

/** Runs the app's `build` script when its output is missing or older than a source; exits on failure. */
export function buildIfStale(app, env = process.env) {
  const { name, dir } = APPS[app];
  if (!isStale(app)) return;
  console.log(`[build] building ${name}…`);
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: dir, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[build] building ${name} failed`);
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const app of process.argv.slice(2)) {
    if (!(app in APPS)) {
      console.error(`usage: node scripts/build-if-stale.mjs ${Object.keys(APPS).join('|')}…`);
      process.exit(2);
    }
    buildIfStale(app);
  }
}
