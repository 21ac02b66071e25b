// The HSDS routes in OpenAPI: served on their own at /api/hsds/openapi.json (the root's
// openapi_url) and merged into the project's OpenAPI document (config/plugins.ts). The shapes are
// the official HSDS 3.0.1 ones, named here and not copied (the tests validate every answer against them).
const hsds = (name: string) => ({
  type: 'object',
  description: `HSDS 3.0.1 ${name.replace('_list', '')} (schema/compiled/${name}.json of openreferral/specification)`,
  externalDocs: { url: 'https://docs.openreferral.org/en/3.0.1/' },
});

const parameter = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: 'query', required: false, description, schema });
const LOCALE = parameter('locale', 'The language of descriptions and services (en, es, fr…); where an entry has no translation, its English. Ids are the same in every language.', { type: 'string', default: 'en' });
const LIST_PARAMETERS = [
  parameter('page', 'Page number, from 1.', { type: 'integer', minimum: 1, default: 1 }),
  parameter('per_page', 'Items per page.', { type: 'integer', minimum: 1, maximum: 100, default: 50 }),
  parameter('search', 'Words that must all appear in the name or description (any case).', { type: 'string' }),
  parameter('modified_after', 'Only entries changed after this date-time.', { type: 'string', format: 'date-time' }),
  parameter('organization_id', 'Only this organization (its HSDS id).', { type: 'string', format: 'uuid' }),
  LOCALE,
];
const ID = { name: 'id', in: 'path', required: true, description: 'The HSDS id (a UUID that never changes for an entry).', schema: { type: 'string', format: 'uuid' } };

const json = (description: string, schema: Record<string, unknown>) => ({ description, content: { 'application/json': { schema } } });
const page = (item: string) => ({
  type: 'object',
  required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  properties: {
    total_items: { type: 'integer' },
    total_pages: { type: 'integer' },
    page_number: { type: 'integer' },
    size: { type: 'integer' },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array', items: hsds(item) },
  },
});
const BAD_REQUEST = json('A parameter is not what it takes; the message names it.', { type: 'object' });
const NOT_FOUND = json('No published entry has this id.', { type: 'object' });

const get = (summary: string, responses: Record<string, unknown>, parameters: unknown[] = []) => ({
  get: { tags: ['HSDS'], summary, parameters, responses },
});

/** Paths relative to /api. */
export const hsdsPaths = {
  '/hsds': get('About this HSDS API: version, profile, openapi_url', {
    200: json('HSDS version and where this description is', {
      type: 'object',
      properties: { version: { type: 'string' }, profile: { type: 'string', format: 'uri' }, openapi_url: { type: 'string', format: 'uri' } },
    }),
  }),
  '/hsds/services': get('Published services (Maine STEN’s and the council agencies’)', { 200: json('A page of services', page('service_list')), 400: BAD_REQUEST }, LIST_PARAMETERS),
  '/hsds/services/{id}': get('One service', { 200: json('The service', hsds('service')), 400: BAD_REQUEST, 404: NOT_FOUND }, [ID, LOCALE]),
  '/hsds/organizations': get('Maine STEN and the council agencies', { 200: json('A page of organizations', page('organization_list')), 400: BAD_REQUEST }, LIST_PARAMETERS),
  '/hsds/organizations/{id}': get('One organization, with its services', { 200: json('The organization', hsds('organization')), 400: BAD_REQUEST, 404: NOT_FOUND }, [ID, LOCALE]),
};

export const hsdsOpenApi = (origin: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Maine STEN directory (Open Referral HSDS 3.0.1)',
    version: '3.0.1',
    description: 'Maine STEN and the agencies of its Provider Council as HSDS organizations and services. Read-only, published content only, in English.',
  },
  servers: [{ url: `${origin}/api` }],
  paths: hsdsPaths,
});
