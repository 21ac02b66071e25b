// Checks on what cannot run here (no Docker engine) and on the promises the README and docs/ make.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newestSourceTime, sourcePaths } from '../scripts/build-if-stale.mjs';
import { MALLOC_ARENA_MAX, memoryOptions } from '../scripts/memory.mjs';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface ComposeService {
  build?: { context: string; dockerfile: string };
  image?: string;
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService>; volumes: object };

  it('runs Postgres 16, the CMS and the web app, each with a healthcheck', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'db', 'web']);
    expect(compose.services.db?.image).toMatch(/^postgres:16/);
    for (const service of Object.values(compose.services)) {
      expect(service.healthcheck?.test.length).toBeGreaterThan(0);
    }
  });

  it('builds each app from its own Dockerfile, as a non-root user', () => {
    for (const app of ['cms', 'web']) {
      const build = compose.services[app]?.build;
      expect(build).toEqual({ context: '.', dockerfile: `apps/${app}/Dockerfile` });
      const dockerfile = read(build!.dockerfile);
      expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
      expect(dockerfile).toMatch(/^USER node$/m);
      expect(dockerfile).toMatch(/^HEALTHCHECK /m);
      // Node 24 LTS; what the build stage does is scripts/image.mjs, which tests/images.test.ts runs.
      expect(dockerfile.match(/^FROM (\S+)/gm)).toEqual(['FROM node:24-bookworm-slim', 'FROM node:24-bookworm-slim']);
      expect(dockerfile).toMatch(new RegExp(`^RUN node scripts/image.mjs ${app} /app$`, 'm'));
      expect(dockerfile).toMatch(/^RUN while read -r folder; .* < \.writable-paths$/m);
    }
  });

  it('sends no dependencies, build output, secret, database or upload into the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const pattern of ['**/node_modules', '**/.env', '**/*.db', '**/.tmp', '**/dist', '**/build', 'apps/cms/public/uploads/*', '**/.content-snapshot']) {
      expect(ignored).toContain(pattern);
    }
  });

  it('wires the CMS to Postgres with secrets from the environment only', () => {
    const env = compose.services.cms!.environment!;
    expect(env.DATABASE_CLIENT).toBe('postgres');
    expect(env.DATABASE_HOST).toBe('db');
    for (const secret of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'ENCRYPTION_KEY', 'SUBMISSIONS_KEY', 'DATABASE_PASSWORD', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) {
      expect(String(env[secret])).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
    }
    expect(compose.services.cms?.depends_on?.db?.condition).toBe('service_healthy');
    expect(compose.services.web?.environment?.CMS_URL).toBe('http://cms:1337');
  });

  it('shares the read token and the preview and revalidation secrets between the CMS and the site', () => {
    const cms = compose.services.cms!.environment!;
    const web = compose.services.web!.environment!;
    for (const secret of ['CMS_READ_TOKEN', 'REVALIDATE_SECRET', 'PREVIEW_SECRET']) {
      expect(String(cms[secret])).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
      expect(web[secret]).toBe(cms[secret]);
    }
    expect(cms.SITE_REVALIDATE_URL).toBe('http://web:3000/api/revalidate');
  });

  it('publishes the ports and keeps the database and uploads in volumes', () => {
    expect(compose.services.cms?.ports).toEqual(['${CMS_PORT:-1337}:1337']);
    expect(compose.services.web?.ports).toEqual(['${WEB_PORT:-3000}:3000']);
    expect(compose.services.db?.volumes).toContain('db-data:/var/lib/postgresql/data');
    expect(compose.services.cms?.volumes).toContain('cms-uploads:/app/public/uploads');
    expect(compose.services.web?.volumes).toContain('web-snapshot:/app/.content-snapshot');
    expect(compose.services.web?.volumes).toContain('web-outbox:/app/.outbox');
    expect(Object.keys(compose.volumes).sort()).toEqual(['cms-uploads', 'db-data', 'web-outbox', 'web-snapshot']);
  });
});

describe('configuration', () => {
  it('gives each image the memory settings pnpm start gives its server (scripts/memory.mjs)', () => {
    for (const app of ['cms', 'web'] as const) {
      expect(read(`apps/${app}/Dockerfile`)).toContain(`ENV NODE_OPTIONS="${memoryOptions(app, {})}" MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX}`);
    }
  });

  it('lists every environment variable the code reads in .env.example', () => {
    const example = new Set([...read('.env.example').matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]));
    const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'apps', 'packages', 'scripts'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /\.(ts|js|mjs|svelte)$/.test(file) && !file.includes('/tests/') && !file.endsWith('.test.ts'));
    const used = new Set<string>();
    for (const file of sources) {
      const text = read(file);
      for (const match of text.matchAll(/\benv(?:\.\w+)?\(\s*'([A-Z0-9_]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/\b(?:env|settings)\.([A-Z][A-Z0-9_]+)/g)) used.add(match[1]!);
      for (const match of text.matchAll(/required\(env, '([A-Z0-9_]+)'\)/g)) used.add(match[1]!);
    }
    // Node's own: NODE_OPTIONS is added to, never set, by pnpm start (scripts/memory.mjs).
    const ignored = new Set(['NODE_ENV', 'CI', 'NODE_OPTIONS']);
    const missing = [...used].filter((name) => !ignored.has(name) && !example.has(name));
    expect(used.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('puts no comment after a value in .env.example (docker compose would read it as the value)', () => {
    expect(read('.env.example').split('\n').filter((line) => /^[A-Z0-9_]+=.*#/.test(line))).toEqual([]);
  });

  it('commits no secrets or databases', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((file) => /(^|\/)\.env$|\.db$|\.sqlite$/.test(file))).toEqual([]);
  });
});

describe('pnpm start', () => {
  it('rebuilds the site after a change to a workspace package it bundles or to its interface text', () => {
    // newestSourceTime is what the build's output must be newer than.
    const newest = newestSourceTime('web');
    for (const file of ['packages/content-client/src/index.ts', 'apps/web/messages/es.json', 'apps/web/src/hooks.server.ts']) {
      expect(newest, file).toBeGreaterThanOrEqual(statSync(path.join(root, file)).mtimeMs);
    }
    expect(sourcePaths('web')).toContain(path.join(root, 'packages/content-client'));
  });
});

describe('README', () => {
  const readme = read('README.md');
  const quickStart = readme.split(/^## /m).find((section) => section.startsWith('Quick start')) ?? '';
  const commands = [...quickStart.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());

  it('has a quick start of exactly two commands: start, then test', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/pnpm start$/);
    expect(commands[1]).toBe('pnpm test');
  });

  it('is what CI runs', () => {
    expect(read('.ci/run')).toMatch(new RegExp(`^${commands[1]}$`, 'm'));
  });
});

describe('docs', () => {
  const pages = readdirSync(path.join(root, 'docs')).filter((file) => file.endsWith('.md'));
  /** A markdown file's links to files of the repository (no web addresses), without their #part. */
  const fileLinks = (text: string) =>
    [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
  /** Files git tracks or would track (not ignored ones: a build or a stray local folder is no part of the map). */
  const repoFiles = (folder: string) =>
    execFileSync('git', ['ls-files', '-co', '--exclude-standard', folder], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('are reached from a short README that links every page', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThan(150);
    const links = fileLinks(readme);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const page of pages) expect(links, `README.md links docs/${page}`).toContain(`docs/${page}`);
    for (const link of links) expect(existsSync(path.join(root, link)), link).toBe(true);
  });

  it('link only to files that exist', () => {
    for (const page of pages) {
      for (const link of fileLinks(read(`docs/${page}`))) expect(existsSync(path.join(root, 'docs', link)), `${page}: ${link}`).toBe(true);
    }
  });

  it('shows editors screenshots that are in the repository', () => {
    const images = [...read('docs/editing.md').matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const image of images) expect(existsSync(path.join(root, 'docs', image)), image).toBe(true);
  });

  it('describe in configuration.md exactly the variables of .env.example, one row each', () => {
    // Optional variables may be written commented out (`# NAME=`): they count too.
    const example = [...read('.env.example').matchAll(/^#?[ \t]*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!);
    const rows = [...read('docs/configuration.md').matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|/gm)].map((match) => match[1]!);
    expect(example.length).toBeGreaterThan(10);
    expect(rows.filter((name, index) => rows.indexOf(name) !== index)).toEqual([]);
    expect([...rows].sort()).toEqual([...new Set(example)].sort());
  });

  it('map in architecture.md every folder of the CMS’s src and the site’s lib, and only paths that exist', () => {
    const map = read('docs/architecture.md').split(/^## /m).find((section) => section.startsWith('Where things are')) ?? '';
    const entries = [...map.matchAll(/^- `([^`]+)`/gm)].map((match) => match[1]!);
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) {
      expect(existsSync(path.join(root, entry)), entry).toBe(true);
      // A folder is written with its trailing slash, a file without.
      expect(statSync(path.join(root, entry)).isDirectory(), entry).toBe(entry.endsWith('/'));
    }
    for (const folder of ['apps/cms/src', 'apps/web/src/lib']) {
      const subfolders = new Set(
        repoFiles(folder)
          .map((file) => file.slice(folder.length + 1).split('/'))
          .filter((parts) => parts.length > 1)
          .map((parts) => `${folder}/${parts[0]}/`),
      );
      expect(subfolders.size).toBeGreaterThan(3);
      for (const subfolder of subfolders) expect(entries, subfolder).toContain(subfolder);
    }
  });
});

describe('languages', () => {
  it('are the same in the CMS, the newsletter sign-up and the site’s interface text', async () => {
    const { LOCALES } = await import('../apps/cms/src/bootstrap/locales');
    const cms = LOCALES.map((locale) => locale.code).sort();
    const site = readdirSync(path.join(root, 'apps/web/messages'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
    const schema = JSON.parse(read('apps/cms/src/api/newsletter-subscription/content-types/newsletter-subscription/schema.json')) as {
      attributes: { language: { enum: string[] } };
    };
    expect(site).toEqual(cms);
    expect([...schema.attributes.language.enum].sort()).toEqual(cms);
  });
});

describe('shared rules', () => {
  it('seal text the same way in the CMS and the site’s outbox (one file, two copies)', () => {
    expect(read('apps/web/src/lib/server/sealed-text.ts')).toBe(read('apps/cms/src/crypto/envelope.ts'));
  });
  it('tell a page address the same way in the CMS (former addresses) and the site (routes)', () => {
    expect(read('apps/web/src/lib/slug.ts')).toBe(read('apps/cms/src/utils/slug.ts'));
  });
});

describe('end-to-end ports', () => {
  it('are each used by one file: scenarios run in parallel, and a port two of them take fails one at random', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'e2e', 'tests'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file.endsWith('.ts'));
    const users = new Map<string, Set<string>>();
    for (const file of files) {
      // The fixed ports live in 1300–1499 (CMS processes) and 4100–4299 (sites, balancers, sinks).
      for (const [port] of read(file).matchAll(/\b(?:1[34]\d\d|4[12]\d\d)\b/g)) users.set(port, new Set([...(users.get(port) ?? []), file]));
    }
    const shared = [...users].filter(([, inFiles]) => inFiles.size > 1).map(([port, inFiles]) => `${port}: ${[...inFiles].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
