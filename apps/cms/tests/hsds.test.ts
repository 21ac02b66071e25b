// The directory in Open Referral HSDS 3.0.1 as a referral system reads it: every answer validated
// with Ajv against the official schemas (tests/fixtures/hsds), ids that stay the same, the list
// parameters, and only published agencies.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/hsds/ids';
import { appDir, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const HSDS_DIR = path.join(appDir, 'tests/fixtures/hsds');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (name: string): ValidateFunction => ajv.compile(JSON.parse(readFileSync(path.join(HSDS_DIR, `${name}.json`), 'utf8')));
const validators = {
  service: schema('service'),
  organization: schema('organization'),
  serviceItem: schema('service_list'),
  organizationItem: schema('organization_list'),
};

function expectValid(validate: ValidateFunction, value: unknown, what: string) {
  const valid = validate(value);
  expect(valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'), what).toEqual([]);
}

interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
interface Item {
  id: string;
  name: string;
  description?: string;
  organization_id?: string;
  [key: string]: unknown;
}

const suiteCms = useSuiteCms();
let cms: BootedCms;
const get = async <T>(route: string, status = 200): Promise<T> => {
  const response = await fetch(`${cms.url}/api/hsds${route}`);
  expect(response.status, route).toBe(status);
  return (await response.json()) as T;
};
/** Every item of a list, page by page, each page checked against the Page shape and the item schema. */
async function all(route: 'services' | 'organizations', query = ''): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await get<Page<Item>>(`/${route}?per_page=7&page=${page}${query}`);
    expect(answer.page_number).toBe(page);
    expect(answer.first_page).toBe(page === 1);
    for (const item of answer.contents) expectValid(route === 'services' ? validators.serviceItem : validators.organizationItem, item, item.name);
    items.push(...answer.contents);
    if (answer.last_page) {
      expect(items).toHaveLength(answer.total_items);
      return items;
    }
  }
}

const AGENCY = 'api::council-agency.council-agency';
let agencyDocumentId: string;

beforeAll(async () => {
  cms = suiteCms();
  // One agency as an editor fills it in completely; the others keep the seed's name only.
  const agency = await cms.strapi.documents(AGENCY).findFirst({ locale: 'en', filters: { name: 'Pine Tree Legal Services' } });
  agencyDocumentId = agency!.documentId;
  await cms.strapi.documents(AGENCY).update({
    documentId: agencyDocumentId,
    locale: 'en',
    status: 'published',
    data: {
      description: 'Free civil legal aid for people with low incomes.',
      website: 'https://ptla.example.org/',
      email: 'intake@ptla.example.org',
      phone: '207-555-0100',
      address: { street: '88 Federal Street', city: 'Portland', state: 'ME', postalCode: '04101' },
      counties: [{ county: 'Cumberland' }, { county: 'York' }],
      languages: [{ name: 'English', code: 'en' }, { name: 'Somali', code: 'so' }],
      services: [
        { name: 'Legal advocacy', description: 'Help with protection orders.', status: 'active', howToApply: 'Call the intake line.' },
        { name: 'Immigration help', status: 'temporarily closed', counties: [{ county: 'Androscoggin' }] },
      ],
    },
  });
});

describe('GET /api/hsds', () => {
  it('says the HSDS version, the profile and where its OpenAPI description is', async () => {
    const root = await get<{ version: string; profile: string; openapi_url: string }>('');
    expect(root.version).toBe('3.0.1');
    expect(URL.canParse(root.profile)).toBe(true);
    const openapi = await fetch(root.openapi_url);
    expect(openapi.status).toBe(200);
    const document = (await openapi.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(['/hsds', '/hsds/services', '/hsds/services/{id}', '/hsds/organizations', '/hsds/organizations/{id}']);
  });
});

describe('organizations', () => {
  it('are Maine STEN and the 19 council agencies, valid HSDS, with stable ids', async () => {
    const organizations = await all('organizations');
    expect(organizations).toHaveLength(20);
    expect(organizations[0]).toMatchObject({ name: 'Maine Sex Trafficking and Exploitation Network', alternate_name: 'Maine STEN' });
    expect(organizations[0]!.description).toContain('Maine Coalition Against Sexual Assault');
    // An agency with nothing but its name: its name and a description of what is certain, nothing invented.
    const bare = organizations.find((organization) => organization.name === 'Safe Voices')!;
    expect(Object.keys(bare).sort()).toEqual(['description', 'id', 'name']);
    expect(bare.description).toBe('Safe Voices takes part in the Maine STEN Provider Council.');
    for (const organization of organizations) expectValid(validators.organization, await get(`/organizations/${organization.id}`), organization.name);
    expect((await all('organizations')).map((organization) => organization.id)).toEqual(organizations.map((organization) => organization.id));
  });

  it('carry what an editor entered: email, website, phone, address, languages and services', async () => {
    const id = stableId(`organization:council-agency:${agencyDocumentId}`);
    const organization = await get<Item & { phones: unknown[]; locations: { addresses: unknown[]; languages: unknown[] }[]; services: Item[] }>(`/organizations/${id}`);
    expectValid(validators.organization, organization, 'the filled-in agency');
    expect(organization).toMatchObject({ name: 'Pine Tree Legal Services', email: 'intake@ptla.example.org', website: 'https://ptla.example.org/' });
    expect(organization.phones).toMatchObject([{ number: '207-555-0100', organization_id: id }]);
    expect(organization.locations[0]!.addresses).toMatchObject([{ address_1: '88 Federal Street', city: 'Portland', state_province: 'ME', postal_code: '04101', country: 'US' }]);
    expect(organization.locations[0]!.languages).toMatchObject([{ name: 'English', code: 'en' }, { name: 'Somali', code: 'so' }]);
    expect(organization.services.map((service) => service.name)).toEqual(['Legal advocacy', 'Immigration help']);
  });
});

describe('services', () => {
  it('are Maine STEN’s four and the agencies’, each valid HSDS on its own', async () => {
    const services = await all('services');
    expect(services.map((service) => service.name)).toEqual([
      'Training and technical assistance',
      'Survivor Support Fund',
      'Newsletter',
      'Resource collection',
      'Legal advocacy',
      'Immigration help',
    ]);
    for (const item of services) {
      const service = await get<Item & { service_areas?: { name: string }[] }>(`/services/${item.id}`);
      expectValid(validators.service, service, item.name);
    }
    const legal = await get<Item & { service_areas: { name: string }[]; application_process: string; organization: Item }>(`/services/${services[4]!.id}`);
    // The agency's counties, since the service names none of its own.
    expect(legal.service_areas.map((area) => area.name)).toEqual(['Cumberland County, Maine', 'York County, Maine']);
    expect(legal).toMatchObject({ status: 'active', application_process: 'Call the intake line.', organization: { name: 'Pine Tree Legal Services' } });
    const immigration = await get<Item & { service_areas: { name: string }[] }>(`/services/${services[5]!.id}`);
    expect(immigration).toMatchObject({ status: 'temporarily closed', service_areas: [{ name: 'Androscoggin County, Maine' }] });
  });

  it('filter by search, organization_id and modified_after', async () => {
    expect((await all('services', '&search=SUPPORT%20fund')).map((service) => service.name)).toEqual(['Survivor Support Fund']);
    const agencyId = stableId(`organization:council-agency:${agencyDocumentId}`);
    expect((await all('services', `&organization_id=${agencyId}`)).map((service) => service.name)).toEqual(['Legal advocacy', 'Immigration help']);
    const before = new Date(Date.now() - 1000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const since = new Date().toISOString();
    await cms.strapi.documents(AGENCY).update({ documentId: agencyDocumentId, locale: 'en', status: 'published', data: { description: 'Free legal aid.' } });
    expect((await all('organizations', `&modified_after=${since}`)).map((organization) => organization.name)).toEqual(['Pine Tree Legal Services']);
    expect((await all('organizations', `&modified_after=${before}`)).length).toBeGreaterThanOrEqual(1);
    expect(await all('services', '&search=no-such-words')).toEqual([]);
  });

  it('answer a page past the end empty, and a bad parameter with a 400 that names it', async () => {
    const past = await get<Page<Item>>('/services?page=99');
    expect(past).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
    for (const [query, name] of [
      ['page=0', 'page'],
      ['per_page=1000', 'per_page'],
      ['modified_after=yesterday', 'modified_after'],
      ['modified_after=2026-02-30', 'modified_after'],
      ['modified_after=2026-01-31T10:00:00', 'modified_after'],
      ['organization_id=42', 'organization_id'],
      ['page=1&page=2', 'page'],
      ['locale=xx', 'locale'],
    ]) {
      const answer = await get<{ error: { message: string } }>(`/services?${query}`, 400);
      expect(answer.error.message, query).toContain(name);
    }
    await get('/services/00000000-0000-5000-8000-000000000000', 404);
  });
});

describe('in another language', () => {
  it('gives the Spanish description and services where the agency has them, the English elsewhere, and the same ids', async () => {
    await cms.strapi.documents(AGENCY).update({
      documentId: agencyDocumentId,
      locale: 'es',
      status: 'published',
      data: {
        name: 'Pine Tree Legal Services',
        description: 'Ayuda legal civil gratuita para personas con pocos ingresos.',
        services: [
          { name: 'Defensa legal', description: 'Ayuda con las órdenes de protección.', status: 'active', howToApply: 'Llame a la línea de admisión.' },
          { name: 'Ayuda de inmigración', status: 'temporarily closed' },
        ],
      } as never,
    });
    const [english, spanish] = [await all('organizations'), await all('organizations', '&locale=es')];
    expect(spanish.map(({ id }) => id)).toEqual(english.map(({ id }) => id));
    const id = stableId(`organization:council-agency:${agencyDocumentId}`);
    expect(spanish.find((item) => item.id === id)!.description).toBe('Ayuda legal civil gratuita para personas con pocos ingresos.');
    expect(english.find((item) => item.id === id)!.description).toMatch(/^Free/);
    // An agency without a Spanish description keeps its English one.
    const other = english.find((item) => item.id !== id && item.name !== 'Maine STEN')!;
    expect(spanish.find((item) => item.id === other.id)!.description).toBe(other.description);

    const [englishServices, spanishServices] = [await all('services', `&organization_id=${id}`), await all('services', `&organization_id=${id}&locale=es`)];
    expect(spanishServices.map(({ id: serviceId }) => serviceId)).toEqual(englishServices.map(({ id: serviceId }) => serviceId));
    expect(spanishServices.map(({ name }) => name).sort()).toEqual(['Ayuda de inmigración', 'Defensa legal']);
    const organization = await get<Item & { services: Item[] }>(`/organizations/${id}?locale=es`);
    expectValid(validators.organization, organization, organization.name);
    expect(organization.services.map(({ name }) => name).sort()).toEqual(['Ayuda de inmigración', 'Defensa legal']);
    await get(`/organizations/${id}?locale=xx`, 400);
  });
});

describe('publishing', () => {
  it('an unpublished agency and its services leave the directory; published again, they come back with the same ids', async () => {
    const id = stableId(`organization:council-agency:${agencyDocumentId}`);
    const servicesBefore = (await all('services', `&organization_id=${id}`)).map((service) => service.id);
    await cms.strapi.documents(AGENCY).unpublish({ documentId: agencyDocumentId, locale: 'en' });
    await get(`/organizations/${id}`, 404);
    expect(await all('services', `&organization_id=${id}`)).toEqual([]);
    expect(await all('organizations')).toHaveLength(19);
    await cms.strapi.documents(AGENCY).publish({ documentId: agencyDocumentId, locale: 'en' });
    expect((await all('services', `&organization_id=${id}`)).map((service) => service.id)).toEqual(servicesBefore);
  });
});
