// The same content and permissions on PostgreSQL (the production database), in a fresh schema
// per run, at TEST_PG_HOST:TEST_PG_PORT (127.0.0.1:5432 by default): skipped without one, except in CI.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { postgresReachable, withClient } from '@maine-sten/test-harness/postgres';

const schema = `cms_test_${randomBytes(4).toString('hex')}`;
const reachable = await postgresReachable();

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
