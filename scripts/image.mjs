// What a production image holds, built by one script that both Dockerfiles run in their build
// stage and that tests/images.test.ts runs outside Docker (no image registry is reachable here):
// install the app's dependencies, build it, and deploy it with its production dependencies only
// into one folder (what the app's package.json `files` names: the build output and what it runs), with the folders it writes to listed in `.writable-paths`. The runtime stage
// copies that folder, owned by root, and makes only those paths writable for its user.
//   node scripts/image.mjs cms|web <out-dir>
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const IMAGES = {
  cms: {
    package: '@maine-sten/cms',
    // Media (a volume), Strapi's temp folder; database/migrations must exist (Strapi reads it).
    writable: ['public/uploads', '.tmp'],
    folders: ['database/migrations'],
  },
  web: {
    package: '@maine-sten/web',
    // The last good content, served while the CMS is down (a volume).
    writable: ['.content-snapshot', '.outbox'],
    folders: [],
  },
};

/** The files of the repository an image is built from (the Docker build context, see .dockerignore). */
export const CONTEXT = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json', 'patches', 'packages', 'apps', 'scripts'];

function run(command, args, env = {}) {
  console.log(`[image] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/**
 * What nothing runs: source maps, and the object files a native module's build leaves beside its
 * `.node` binary (better-sqlite3: 15 MB).
 */
function prune(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if ((entry.name === 'obj' || entry.name === 'obj.target') && path.basename(dir) === 'Release') rmSync(entryPath, { recursive: true });
      else prune(entryPath);
    } else if (entry.name.endsWith('.map')) {
      rmSync(entryPath);
    }
  }
}

/** Installs, builds and deploys one app into `outDir` (emptied first). */
export function buildImage(app, outDir) {
  const image = IMAGES[app];
  if (!image) throw new Error(`usage: node scripts/image.mjs ${Object.keys(IMAGES).join('|')} <out-dir>`);
  run('pnpm', ['install', '--frozen-lockfile', '--filter', `${image.package}...`]);
  run('pnpm', ['--filter', image.package, 'run', 'build'], { NODE_ENV: 'production' });
  rmSync(outDir, { recursive: true, force: true });
  // The workspace's patches are the CMS's dependencies': the site's deploy has none of them to apply.
  run('pnpm', ['--config.allow-unused-patches=true', 'deploy', '--filter', image.package, '--prod', '--legacy', outDir]);
  prune(path.join(outDir, 'node_modules'));
  for (const folder of [...image.writable, ...image.folders]) mkdirSync(path.join(outDir, folder), { recursive: true });
  writeFileSync(path.join(outDir, '.writable-paths'), `${image.writable.join('\n')}\n`);
  if (!existsSync(path.join(outDir, 'package.json'))) throw new Error(`the deploy of ${app} has no package.json`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [app, outDir] = process.argv.slice(2);
  if (!app || !outDir || !(app in IMAGES)) {
    console.error(`usage: node scripts/image.mjs ${Object.keys(IMAGES).join('|')} <out-dir>`);
    process.exit(2);
  }
  buildImage(app, path.resolve(outDir));
}
