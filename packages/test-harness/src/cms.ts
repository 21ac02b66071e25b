// Boots the real Strapi app (compiled dist) in the test's own process, on a random port against a
// real database, and talks to it over HTTP as an anonymous client would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { fillThrowawaySecrets } from '../../../apps/cms/scripts/throwaway-secrets.mjs';
import { postgresReachable, withClient } from './postgres';
import { cmsDir, copySqlite } from './seeded.mjs';
import { createStrapi, type Core } from './strapi';

export const appDir = cmsDir;

export type SqliteTarget = { client: 'sqlite'; filename: string };
/** A schema of the test database, or (`database`) a database of its own, made from the seeded template. */
export type DatabaseTarget = SqliteTarget | { client: 'postgres'; schema: string; database?: string };

export interface BootedCms {
  strapi: Core.Strapi;
  url: string;
  graphql: <T = unknown>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse<T>>;
  stop: () => Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Throwaway secrets for this process (a clean checkout has no apps/cms/.env). */
export function useTestSecrets(): void {
  fillThrowawaySecrets(process.env);
}

/** A temp SQLite file that outlives a boot, so a test can boot twice against the same data. */
export function tempSqliteTarget(): { target: SqliteTarget; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'maine-sten-cms-'));
  return {
    target: { client: 'sqlite', filename: path.join(dir, 'data.db') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The database the suites run on: SQLite (a temp file), or with TEST_DATABASE=postgres a fresh
 * schema on the test PostgreSQL server. The README's test command runs every suite on both.
 */
export const suiteDatabase = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A database of the suite's kind already holding the seed (a copy of the run's template: see
 * cms-global-setup.ts), for suites that do not test the first start itself. `cleanup` removes it.
 */
export async function seededDatabase(): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  const template = inject('seededTemplate');
  if (suiteDatabase === 'sqlite') {
    const { target, cleanup } = tempSqliteTarget();
    copySqlite(template, target.filename);
    return { target, cleanup: async () => cleanup() };
  }
  const database = `cms_suite_${randomBytes(5).toString('hex')}`;
  await withClient((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  return {
    target: { client: 'postgres', schema: 'public', database },
    cleanup: () => withClient((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh, empty database of the suite's kind that outlives a boot; `cleanup` removes it. */
export async function tempDatabase(): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  if (suiteDatabase === 'sqlite') {
    const { target, cleanup } = tempSqliteTarget();
    return { target, cleanup: async () => cleanup() };
  }
  if (!(await postgresReachable())) throw new Error('TEST_DATABASE=postgres needs the test PostgreSQL server (TEST_PG_*)');
  const schema = `cms_suite_${randomBytes(5).toString('hex')}`;
  await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
  return {
    target: { client: 'postgres', schema },
    cleanup: () => withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => undefined),
  };
}

function setDatabaseEnv(target: DatabaseTarget): void {
  process.env.DATABASE_CLIENT = target.client;
  if (target.client === 'sqlite') {
    process.env.DATABASE_FILENAME = target.filename;
    return;
  }
  process.env.DATABASE_HOST = process.env.TEST_PG_HOST ?? '127.0.0.1';
  process.env.DATABASE_PORT = process.env.TEST_PG_PORT ?? '5432';
  process.env.DATABASE_NAME = target.database ?? process.env.TEST_PG_DATABASE ?? 'test';
  process.env.DATABASE_USERNAME = process.env.TEST_PG_USER ?? 'postgres';
  process.env.DATABASE_PASSWORD = process.env.TEST_PG_PASSWORD ?? '';
  process.env.DATABASE_SCHEMA = target.schema;
  process.env.DATABASE_POOL_MIN = '0';
}

export async function bootCms(target: DatabaseTarget): Promise<BootedCms> {
  setDatabaseEnv(target);
  process.env.CMS_PORT = '0';
  process.env.HOST = '127.0.0.1';
  useTestSecrets();

  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false, autoReload: false });
  strapi.log.level = 'warn';
  await strapi.start();
  // The test is the CMS's only client, in the same process. Node's server drops an idle connection
  // after 5 s, the test's fetch after about 4 s by its own coarse timer: when a test keeps the
  // process busy for seconds (a hundred writes through the document service), both expire at once
  // and the next request goes out on a socket the server is closing (ECONNRESET). The client
  // always lets go first here.
  strapi.server.httpServer.keepAliveTimeout = 60_000;

  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    strapi,
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    stop: () => destroyKeepingProcessListeners(strapi),
  };
}

/**
 * Strapi's destroy() ends with process.removeAllListeners(), which would also cut the test
 * runner's own IPC and signal handlers in this worker; put them back afterwards.
 */
async function destroyKeepingProcessListeners(strapi: Core.Strapi): Promise<void> {
  const saved = process.eventNames().map((event) => [event, process.rawListeners(event)] as const);
  try {
    await strapi.destroy();
  } finally {
    for (const [event, listeners] of saved) {
      const present = new Set(process.rawListeners(event));
      for (const listener of listeners) {
        if (!present.has(listener)) process.on(event, listener as (...args: unknown[]) => void);
      }
    }
  }
}

/** Signs in to the admin as the admin panel does; returns the session token. */
export async function adminLogin(cms: BootedCms, email: string, password: string): Promise<string> {
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** A new API token, as an administrator creates one under Settings → API tokens; returns its secret. */
export async function createApiToken(cms: BootedCms, name: string, type: 'read-only' | 'full-access'): Promise<string> {
  const created = (await cms.strapi.service('admin::api-token').create({ name, type, lifespan: null })) as { accessKey: string };
  return created.accessKey;
}

/**
 * Boots one CMS on a seeded database of the suite's kind (see suiteDatabase, seededDatabase) for
 * the calling suite (beforeAll) and stops it afterwards. Returns a getter, valid inside tests and
 * later hooks.
 */
export function useSuiteCms(): () => BootedCms {
  let cms: BootedCms | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await seededDatabase();
    cleanup = db.cleanup;
    cms = await bootCms(db.target);
  });
  afterAll(async () => {
    await cms?.stop();
    await cleanup?.();
  });
  return () => {
    if (!cms) throw new Error('The CMS is not booted yet: use it inside tests or hooks.');
    return cms;
  };
}

/**
 * "Exactly n": waits until `count` reaches n, then a while longer (a duplicate may come after the
 * first match, e.g. from the next retry run), and checks it is n still, never more.
 */
export async function expectExactly(count: () => number | Promise<number>, n: number, { timeoutMs = 15_000, settleMs = 2500 } = {}) {
  await expect.poll(count, { timeout: timeoutMs, interval: 50 }).toBeGreaterThanOrEqual(n);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  expect(await count()).toBe(n);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded template of this run: a SQLite file, or a PostgreSQL database's name. */
    seededTemplate: string;
  }
}
