// The HSDS lists page in the database (src/hsds/lists.ts): with more agencies than a page holds,
// every page of every list — each filter, each language — is the page that slicing the whole list
// would give, the whole list being computed here as the lists were before they paged in the
// database: the published directory read whole and filtered in memory.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { stableId } from '../src/hsds/ids';
import { organizationId, servicesOf, toOrganization, withOrganization } from '../src/hsds/map';
import { listQuery, matches } from '../src/hsds/query';
import { publishedDirectory } from '../src/hsds/source';

type Route = 'organizations' | 'services';
type Query = Record<string, string>;
interface Item {
  id: string;
  name: string;
  description?: string;
  organization_id?: string;
}
interface Page {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Item[];
}

const AGENCY = 'api::council-agency.council-agency';
const AGENCIES = 30;
const suiteCms = useSuiteCms();
let cms: BootedCms;

const get = async (route: Route, query: Query): Promise<Page> => {
  const response = await fetch(`${cms.url}/api/hsds/${route}?${new URLSearchParams(query)}`);
  expect(response.status, `${route} ${JSON.stringify(query)}`).toBe(200);
  return (await response.json()) as Page;
};

/** The whole list as the controller made it before paging in the database: everything read, filtered in memory. */
async function wholeList(route: Route, raw: Query): Promise<Item[]> {
  const query = listQuery(raw, ['en', 'es', 'fr']);
  const entries = (await publishedDirectory(cms.strapi, query.locale)).filter(
    (entry) => query.modifiedAfter === undefined || new Date(entry.updatedAt).getTime() > query.modifiedAfter,
  );
  const items =
    route === 'organizations'
      ? entries
          .filter((entry) => query.organizationId === undefined || organizationId(entry) === query.organizationId)
          .map((entry) => ({ entry, organization: toOrganization(entry) }))
          .filter(({ entry, organization }) =>
            matches(query.search, [organization.name, entry.alternateName, organization.description, ...(entry.services ?? []).map((service) => service.name)]),
          )
          .map(({ organization }) => organization)
      : servicesOf(entries)
          .map(withOrganization)
          .filter((service) => query.organizationId === undefined || service.organization_id === query.organizationId)
          .filter((service) => matches(query.search, [service.name, service.description as string | undefined, service.organization.name]));
  return JSON.parse(JSON.stringify(items)) as Item[];
}

/** Every page, at several sizes and one past the end, is the slice of the whole list; returns the whole list. */
async function expectPagedAsWhole(route: Route, query: Query = {}): Promise<Item[]> {
  const whole = await wholeList(route, query);
  for (const perPage of [7, 10, 100]) {
    const totalPages = Math.ceil(whole.length / perPage);
    for (let page = 1; page <= totalPages + 1; page += 1) {
      const contents = whole.slice((page - 1) * perPage, page * perPage);
      expect(await get(route, { ...query, per_page: String(perPage), page: String(page) }), `${route} ${JSON.stringify(query)} page ${page} of ${perPage}`).toEqual({
        total_items: whole.length,
        total_pages: totalPages,
        page_number: page,
        size: contents.length,
        first_page: page === 1,
        last_page: page >= totalPages,
        empty: contents.length === 0,
        contents,
      });
    }
  }
  return whole;
}

const names = (items: Item[]) => items.map(({ name }) => name);
const agencyName = (index: number) => `Paging Agency ${String(index).padStart(2, '0')}`;
const documentIds: string[] = [];
const organizationOf = (index: number) => stableId(`organization:council-agency:${documentIds[index]}`);
let since = '';

beforeAll(async () => {
  cms = suiteCms();
  const agencies = cms.strapi.documents(AGENCY);
  for (let index = 0; index < AGENCIES; index += 1) {
    // Orders that interleave with the seed's agencies (1 to 19) and tie with each other (then by name).
    const services = [
      [],
      [{ name: `Shelter ${index}`, description: 'A safe place to stay.', status: 'active' as const }],
      [
        { name: 'Legal aid', description: 'Court and protection orders.', status: 'active' as const },
        { name: 'Café counseling', status: 'temporarily closed' as const },
        { name: `Outreach ${index}`, description: 'Rural outreach, 100% free.', status: 'active' as const },
      ],
    ][index % 3]!;
    const description = [undefined, 'Serves families from QUÉBEC and New Brunswick.', `Advocacy for county ${index}.`, 'Help_desk for survivors.'][index % 4];
    const created = await agencies.create({
      locale: 'en',
      status: 'published',
      data: { name: agencyName(index), slug: `paging-agency-${index}`, order: (index * 7) % 25, description, services },
    });
    documentIds.push(created.documentId);
    // Spanish: texts and as many services (they count), or a description and fewer services (the English services count).
    if (index % 5 === 0 || index % 5 === 1) {
      await agencies.update({
        documentId: created.documentId,
        locale: 'es',
        status: 'published',
        data: {
          name: agencyName(index),
          slug: `paging-agency-${index}`,
          description: `Servicio en español para niños ${index}.`,
          services: index % 5 === 0 ? services.map((service) => ({ ...service, name: `Servicio ${service.name}` })) : services.slice(1),
        } as never,
      });
    }
  }
  // Never published: in no list.
  await agencies.create({ locale: 'en', data: { name: 'Paging Agency Draft', slug: 'paging-agency-draft', order: 0, description: 'Shelter draft.' } });
  await new Promise((resolve) => setTimeout(resolve, 1100));
  since = new Date().toISOString();
  for (const index of [3, 17, 28]) {
    await agencies.update({ documentId: documentIds[index]!, locale: 'en', status: 'published', data: { description: `Changed ${index}.` } });
  }
}, 180_000);

describe('organizations, paged in the database', () => {
  it('are the whole list in slices, at every page size, with its totals', async () => {
    const whole = await expectPagedAsWhole('organizations');
    expect(whole).toHaveLength(1 + 19 + AGENCIES);
    expect(whole[0]!.name).toBe('Maine Sex Trafficking and Exploitation Network');
    expect(names(whole)).not.toContain('Paging Agency Draft');
    // The default page size is 50: page 2 holds none, page 1 all.
    expect(await get('organizations', {})).toMatchObject({ total_items: 50, total_pages: 1, size: 50, last_page: true });
  });

  it('filter by search in the database as in memory: every word, any case, in any text, literally', async () => {
    // The made-up description of an agency without one, a word with another letter than ASCII's,
    // LIKE's wildcards, and words in different texts.
    for (const search of ['takes PART', 'québec', 'QUÉBEC', '100%', 'help_desk', 'help%desk', 'legal counseling', 'paging 2', 'shelter', 'no-such-words']) {
      await expectPagedAsWhole('organizations', { search });
    }
    // Eight agencies say Québec (1, 5 … 29), but 17's description changed since.
    expect(await wholeList('organizations', { search: 'québec' })).toHaveLength(7);
    expect(await wholeList('organizations', { search: 'help%desk' })).toEqual([]);
  });

  it('filter by organization_id and modified_after', async () => {
    expect(names(await expectPagedAsWhole('organizations', { organization_id: organizationOf(12) }))).toEqual([agencyName(12)]);
    expect(names(await expectPagedAsWhole('organizations', { organization_id: stableId('organization:maine-sten') }))).toEqual(['Maine Sex Trafficking and Exploitation Network']);
    expect(await expectPagedAsWhole('organizations', { organization_id: '00000000-0000-5000-8000-000000000000' })).toEqual([]);
    expect(names(await expectPagedAsWhole('organizations', { modified_after: since })).sort()).toEqual([agencyName(3), agencyName(17), agencyName(28)]);
    await expectPagedAsWhole('organizations', { modified_after: since, organization_id: organizationOf(12) });
    await expectPagedAsWhole('organizations', { modified_after: since, search: 'changed' });
  });

  it('in Spanish: the language’s texts where an agency has them, searched as they show', async () => {
    for (const search of ['', 'niños', 'servicio shelter', 'legal', 'takes']) await expectPagedAsWhole('organizations', { locale: 'es', ...(search ? { search } : {}) });
    const spanish = [...Array(AGENCIES).keys()].filter((index) => index % 5 <= 1).map(agencyName);
    expect(names(await wholeList('organizations', { locale: 'es', search: 'niños' }))).toEqual(expect.arrayContaining(spanish));
    expect(await wholeList('organizations', { locale: 'es', search: 'niños' })).toHaveLength(spanish.length);
  });
});

describe('services, paged over the agencies that give them', () => {
  it('are the whole list in slices, pages starting inside an agency’s services', async () => {
    const whole = await expectPagedAsWhole('services');
    // Maine STEN's four, then ten agencies with one and ten with three.
    expect(whole).toHaveLength(4 + 10 + 30);
  });

  it('filter by search, organization_id and modified_after in the database as in memory', async () => {
    for (const search of ['legal', 'CAFÉ', 'paging agency', '100%', 'help_desk', 'fund survivor', 'no-such-words']) await expectPagedAsWhole('services', { search });
    expect(names(await expectPagedAsWhole('services', { organization_id: organizationOf(5) }))).toEqual(['Legal aid', 'Café counseling', 'Outreach 5']);
    expect(await expectPagedAsWhole('services', { organization_id: organizationOf(3) })).toEqual([]);
    expect(names(await expectPagedAsWhole('services', { organization_id: stableId('organization:maine-sten') }))).toHaveLength(4);
    expect(names(await expectPagedAsWhole('services', { modified_after: since })).sort()).toEqual(['Legal aid', 'Café counseling', 'Outreach 17', 'Shelter 28'].sort());
    await expectPagedAsWhole('services', { modified_after: since, search: 'outreach' });
  });

  it('in Spanish: the language’s services where an agency has as many, the English otherwise', async () => {
    for (const search of ['', 'servicio', 'legal', 'outreach']) await expectPagedAsWhole('services', { locale: 'es', ...(search ? { search } : {}) });
    expect(names(await expectPagedAsWhole('services', { locale: 'es', organization_id: organizationOf(5) }))).toEqual(['Servicio Legal aid', 'Servicio Café counseling', 'Servicio Outreach 5']);
    // Fewer Spanish services than English ones: the English ones, all of them.
    expect(names(await expectPagedAsWhole('services', { locale: 'es', organization_id: organizationOf(11) }))).toEqual(['Legal aid', 'Café counseling', 'Outreach 11']);
  });
});

describe('one organization or service by its id (src/hsds/items.ts)', () => {
  it('is what the whole directory gives for that id, in each language', async () => {
    // A partner's token: its own limit, so the lists' tests before leave it the whole budget.
    const headers = { authorization: `Bearer ${await createApiToken(cms, 'HSDS by id', 'read-only')}` };
    for (const locale of ['en', 'es']) {
      const entries = await publishedDirectory(cms.strapi, locale);
      for (const entry of entries) {
        const expected = JSON.parse(JSON.stringify({ ...toOrganization(entry), services: servicesOf([entry]).map(withOrganization) }));
        const response = await fetch(`${cms.url}/api/hsds/organizations/${organizationId(entry)}?locale=${locale}`, { headers });
        expect(await response.json(), `${entry.name} ${locale}`).toEqual(expected);
      }
      for (const found of servicesOf(entries)) {
        const response = await fetch(`${cms.url}/api/hsds/services/${found.service.id}?locale=${locale}`, { headers });
        expect(await response.json(), `${found.service.name} ${locale}`).toEqual(JSON.parse(JSON.stringify(withOrganization(found))));
      }
    }
    expect((await fetch(`${cms.url}/api/hsds/services/${stableId('service:nothing')}`, { headers })).status).toBe(404);
  });
});
