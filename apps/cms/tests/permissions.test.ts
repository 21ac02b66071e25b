// What an anonymous client may and may not do.
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_READ_ACTIONS } from '../src/bootstrap/public-permissions';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

// Depth and list sizes are what these tests check; nested page links cost far more than the
// cost lets a client ask for (that is api-response-cache.test.ts's subject).
process.env.GRAPHQL_MAX_COST = '1000000';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(async () => {
  cms = suiteCms();
});

const faqCount = async () =>
  (await cms.graphql<{ faqs_connection: { pageInfo: { total: number } } }>(`{ faqs_connection { pageInfo { total } } }`))
    .data?.faqs_connection.pageInfo.total;

describe('the public role', () => {
  it('has read access to the content types and nothing else', async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions: { action: string }[] = await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id } });
    expect(permissions.map((p) => p.action).sort()).toEqual([...PUBLIC_READ_ACTIONS].sort());
  });

  it.each([
    ['createFaq', `mutation { createFaq(data: { question: "Injected?", slug: "injected" }) { documentId } }`],
    ['updateSiteSetting', `mutation { updateSiteSetting(data: { siteName: "Hijacked" }) { siteName } }`],
    ['deleteFaq', `mutation { deleteFaq(documentId: "x") { documentId } }`],
    ['createPage', `mutation { createPage(data: { title: "Injected", slug: "injected" }) { documentId } }`],
  ])('refuses the %s mutation', async (_name, mutation) => {
    const before = await faqCount();
    const result = await cms.graphql(mutation);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(Object.values(result.data ?? {})).toEqual([null]);
    expect(await faqCount()).toBe(before);
  });

  it.each([
    ['POST', '/api/faqs'],
    ['PUT', '/api/site-setting'],
    ['DELETE', '/api/site-setting'],
    ['POST', '/api/pages'],
  ])('refuses %s %s over REST', async (method, path) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { question: 'Injected?', siteName: 'Hijacked', title: 'Injected' } }),
    });
    expect(response.status).toBe(403);
    const settings = await fetch(`${cms.url}/api/site-setting`).then((r) => r.json() as Promise<{ data: { siteName: string } }>);
    expect(settings.data.siteName).toBe('Maine STEN');
  });
});

describe('GraphQL limits', () => {
  it('returns at most 100 items however many are asked for', async () => {
    // More than the limit exist (19 seeded + 120), so a missing limit would answer them all.
    for (let order = 1000; order < 1120; order += 1) {
      await cms.strapi.documents('api::council-agency.council-agency').create({
        data: { name: `Limit agency ${order}`, slug: `limit-agency-${order}`, order },
        status: 'published',
      });
    }
    const result = await cms.graphql<{ councilAgencies: unknown[]; councilAgencies_connection: { pageInfo: { total: number } } }>(
      `{ councilAgencies(pagination: { limit: 1000 }) { name } councilAgencies_connection { pageInfo { total } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.councilAgencies_connection.pageInfo.total).toBeGreaterThan(100);
    expect(result.data?.councilAgencies).toHaveLength(100);
  });

  it('defaults to 25 items', async () => {
    const result = await cms.graphql<{ councilAgencies: unknown[] }>(`{ councilAgencies { name } }`);
    expect(result.data?.councilAgencies).toHaveLength(25);
  });

  it('refuses a query deeper than 10 levels', async () => {
    const nest = (depth: number): string =>
      depth === 0 ? 'slug' : `body { ... on ComponentSectionsPageLinks { pages { slug ${nest(depth - 1)} } } }`;
    const tooDeep = await cms.graphql(`{ pages { ${nest(5)} } }`);
    expect(tooDeep.status).toBe(400);
    expect(JSON.stringify(tooDeep.errors)).toMatch(/depth/i);
    const fine = await cms.graphql(`{ pages { ${nest(2)} } }`);
    expect(fine.errors).toBeUndefined();
  });
});

describe('REST limits', () => {
  it('caps pageSize at 100', async () => {
    const response = await fetch(`${cms.url}/api/council-agencies?pagination[pageSize]=1000`);
    const body = (await response.json()) as { data: unknown[]; meta: { pagination: { pageSize: number; total: number } } };
    expect(body.meta.pagination.total).toBeGreaterThan(100); // the GraphQL test above added them
    expect(body.meta.pagination.pageSize).toBe(100);
    expect(body.data).toHaveLength(100);
  });
});
