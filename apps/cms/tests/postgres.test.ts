// The same content and permissions on PostgreSQL (the production database), in a fresh schema
// per run. Runs whenever a server answers at TEST_PG_HOST:TEST_PG_PORT (127.0.0.1:5432 by default).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { bootCms, type BootedCms } from './harness';

const connection = {
  host: process.env.TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT ?? 5432),
  database: process.env.TEST_PG_DATABASE ?? 'test',
  user: process.env.TEST_PG_USER ?? 'postgres',
  password: process.env.TEST_PG_PASSWORD ?? '',
  connectionTimeoutMillis: 3000,
};
const schema = `cms_test_${randomBytes(4).toString('hex')}`;

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const reachable = await withClient(async () => true).catch((error: Error) => {
  console.warn(
    `Skipped the Postgres path: no PostgreSQL at ${connection.host}:${connection.port}/${connection.database} (${error.message}).`,
  );
  return false;
});

describe.runIf(reachable)('on PostgreSQL', () => {
  let cms: BootedCms;

  beforeAll(async () => {
    await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
    cms = await bootCms({ client: 'postgres', schema });
  });

  afterAll(async () => {
    await cms?.stop();
    await withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  it('seeds the content into its own schema and serves it over GraphQL', async () => {
    const result = await cms.graphql(`{
      faqs_connection { pageInfo { total } }
      guidingPrinciples_connection { pageInfo { total } }
      councilAgencies_connection { pageInfo { total } }
      siteSetting { hotline { phone sms tty } }
    }`);
    expect(result.data).toEqual({
      faqs_connection: { pageInfo: { total: 9 } },
      guidingPrinciples_connection: { pageInfo: { total: 10 } },
      councilAgencies_connection: { pageInfo: { total: 19 } },
      siteSetting: { hotline: { phone: '1-888-373-7888', sms: '233733', tty: '711' } },
    });
    const tables = await withClient((client) =>
      client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1`, [schema]),
    );
    expect(tables.rows[0].n).toBeGreaterThan(20);
  });

  it('refuses anonymous mutations', async () => {
    const result = await cms.graphql(`mutation { createFaq(data: { question: "Injected?" }) { documentId } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
