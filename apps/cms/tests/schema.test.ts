// apps/cms/schema.graphql is the public contract partners and the content client generate their
// types from. This test fails when it no longer matches the running API;
// `pnpm --filter @maine-sten/cms schema:write` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { appDir, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const schemaFile = path.join(appDir, 'schema.graphql');
const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(async () => {
  cms = suiteCms();
});

describe('schema.graphql', () => {
  it('matches the schema the CMS serves', async () => {
    const result = await cms.graphql<IntrospectionQuery>(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    // Sorted: Strapi registers types in a different order from one boot to the next.
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(result.data!)))}\n`;
    if (process.env.SCHEMA_WRITE === '1') writeFileSync(schemaFile, served);
    expect(readFileSync(schemaFile, 'utf8'), 'stale: run `pnpm --filter @maine-sten/cms schema:write`').toBe(served);
  });
});
