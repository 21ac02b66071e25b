// Hostile GraphQL documents and transports, sent anonymously. Each must be refused with a 4xx
// (never a 500, never a slow 200), and the CMS must keep answering ordinary queries afterwards.
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useSuiteCms } from '@maine-sten/test-harness/cms';

process.env.GRAPHQL_FIELD_SUGGESTIONS = 'false';
const suiteCms = useSuiteCms();

interface Answer {
  status: number;
  text: string;
}

const post = async (body: string, contentType = 'application/json'): Promise<Answer> => {
  const response = await fetch(`${suiteCms().url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, text: await response.text() };
};
const postQuery = (query: string, extra: Record<string, unknown> = {}) => post(JSON.stringify({ query, ...extra }));

const expectRefused = (answer: Answer, status?: number) => {
  expect(answer.status, answer.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  if (status) expect(answer.status).toBe(status);
};

const repeat = (count: number, make: (i: number) => string, separator = ' ') =>
  Array.from({ length: count }, (_, i) => make(i)).join(separator);

const nested = (levels: number, field: (level: number) => string, leaf: string) => {
  let selection = leaf;
  for (let level = levels; level > 0; level -= 1) selection = `${field(level)} { ${selection} }`;
  return selection;
};

/** Pages whose page-links sections list pages whose sections… `levels` times. */
const pageLinks = (levels: number): string =>
  levels === 0 ? 'title' : `body { ... on ComponentSectionsPageLinks { pages { ${pageLinks(levels - 1)} } } }`;

describe('hostile documents answer 4xx', () => {
  it.each([
    ['a fragment cycle', '{ faqs { ...A } } fragment A on Faq { ...B } fragment B on Faq { ...A }'],
    ['a fragment that spreads itself', '{ faqs { ...A } } fragment A on Faq { question ...A }'],
    ['1,000 directives', `{ faqs { question ${repeat(1000, () => '@include(if: true)')} } }`],
    ['60 aliases', `{ ${repeat(60, (i) => `a${i}: faqs(pagination: { limit: 100 }) { question }`)} }`],
    ['nested introspection lists', `{ __schema { types { ${nested(6, (l) => (l % 2 ? 'fields' : 'type'), 'name')} } } }`],
    ['nested introspection lists through fragments', '{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { possibleTypes { fields { name } } }'],
    ['deep nesting through type references', `{ __type(name: "Faq") { fields { type { ${nested(16, () => 'ofType', 'name')} } } } }`],
    ['deep nesting through data', `{ pages { ${pageLinks(6)} } }`],
    ['introspection abuse: many schema copies', `{ ${repeat(40, (i) => `s${i}: __schema { types { name fields { name type { name } } } }`)} }`],
    ['5,000 tokens', `{ faqs { ${repeat(2500, () => 'question')} } }`],
    ['500 operations', repeat(500, (i) => `query q${i} { __typename }`, '\n')],
    ['an unknown field', '{ faqs { no_such_field } }'],
    ['a syntax error', '{ faqs { question '],
  ])('%s', async (_name, query) => {
    expectRefused(await postQuery(query, { operationName: query.startsWith('query q0') ? 'q0' : undefined }));
  });

  it('a fragment cycle gets a 400 that names the cycle', async () => {
    const answer = await postQuery('{ faqs { ...A } } fragment A on Faq { ...B } fragment B on Faq { ...A }');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('a huge string is refused before it is parsed', async () => {
    expectRefused(await postQuery(`{ faqs(filters: { question: { eq: "${'x'.repeat(100_000)}" } }) { question } }`), 413);
    expectRefused(await postQuery('{ faqs { question } }', { variables: { big: 'x'.repeat(100_000) } }), 413);
  });

  it('a very long comment is refused', async () => {
    expectRefused(await postQuery(`{ faqs { question } } # ${'x'.repeat(30_000)}`), 413);
  });

  it('masks field suggestions, so the schema cannot be guessed field by field', async () => {
    const answer = await postQuery('{ faqs { questio } }');
    expectRefused(answer, 400);
    expect(answer.text).not.toContain('Did you mean');
  });
});

describe.each([
  ['faqs', 'Faq', 'question'],
  ['pages', 'Page', 'title'],
  ['councilAgencies', 'CouncilAgency', 'name'],
  ['resources', 'Resource', 'title'],
  ['guidingPrinciples', 'GuidingPrinciple', 'statement'],
])('over %s', (list, type, field) => {
  it('aliases, fragment cycles, deep directives and huge filters answer 4xx', async () => {
    const documents = [
      `{ ${repeat(60, (i) => `a${i}: ${list}(pagination: { limit: 100 }) { ${field} }`)} }`,
      `{ ${list} { ...A } } fragment A on ${type} { ...B } fragment B on ${type} { ${field} ...A }`,
      `{ ${list} { ${field} ${repeat(200, () => '@skip(if: false)')} } }`,
      `{ ${list}(filters: { ${field}: { contains: "${'x'.repeat(30_000)}" } }) { ${field} } }`,
    ];
    for (const query of documents) expectRefused(await postQuery(query));
  });

  it('a huge limit is no error: it is answered, capped (at most 100 items: permissions.test.ts)', async () => {
    const huge = await postQuery(`{ ${list}(pagination: { limit: 1000000 }) { ${field} } }`);
    expect(huge.status).toBe(200);
    const body = JSON.parse(huge.text) as { data?: Record<string, unknown[]>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.[list]?.length).toBeGreaterThan(0);
    expect(body.data?.[list]?.length).toBeLessThanOrEqual(100);
  });
});

describe('transports other than a GraphQL client’s are refused', () => {
  const aliased = `{ ${repeat(1000, (i) => `a${i}: faqs(pagination: { limit: 100 }) { question answer }`)} }`;

  it.each(['application/json-patch+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql'])(
    '%s answers 415',
    async (contentType) => {
      expectRefused(await post(JSON.stringify({ query: aliased }), contentType), 415);
    },
  );

  // Media types are case-insensitive (RFC 9110): a client that writes them otherwise is a client too (issue #37).
  it.each(['Application/JSON; charset=UTF-8', 'APPLICATION/JSON', 'application/json;charset=utf-8', 'application/json ; charset="utf-8"'])(
    '%s is read as JSON',
    async (contentType) => {
      const answer = await post(JSON.stringify({ query: '{ faqs { question } }' }), contentType);
      expect(answer.status, answer.text.slice(0, 300)).toBe(200);
      expect(JSON.parse(answer.text).data.faqs.length).toBeGreaterThan(0);
    },
  );

  it.each(['null', 'false', '0', '""', 'true', '"{ faqs { question } }"'])('a JSON body of %s answers 400, not 500', async (body) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].message).toMatch(/must be a JSON object/);
  });

  it('a batch of operations in one request answers 400', async () => {
    expectRefused(await post(JSON.stringify([{ query: '{ faqs { question } }' }, { query: '{ pages { title } }' }])), 400);
  });

  it('malformed JSON answers 400', async () => {
    expectRefused(await post('{"query": '), 400);
  });

  it('a POST with a query string answers 400 at once (it used to wait for a body already read)', async () => {
    const response = await fetch(`${suiteCms().url}/graphql?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ faqs { question } }' }),
      signal: AbortSignal.timeout(20_000),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('without a query string');
  });

  it('other methods answer 405', async () => {
    const response = await fetch(`${suiteCms().url}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
  });

  it('a GET query within the limits still works, a huge one is refused', async () => {
    const ok = await fetch(`${suiteCms().url}/graphql?query=${encodeURIComponent('{ faqs { question } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
    const huge = await fetch(`${suiteCms().url}/graphql?query=${encodeURIComponent(`{ faqs { question } } #${'x'.repeat(30_000)}`)}`);
    expect([413, 414, 431]).toContain(huge.status);
  });
});

describe('introspection for partners', () => {
  it('the standard introspection query is answered', async () => {
    const answer = await postQuery(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('after all of that', () => {
  it('ordinary queries are answered, aliases and fragments included', async () => {
    const answer = await postQuery(
      '{ a: faqs { ...F } b: pages { title } siteSetting { hotline { phone sms tty } } } fragment F on Faq { question slug }',
    );
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as { data: { a: unknown[]; siteSetting: { hotline: { phone: string } } } };
    expect(body.data.a).toHaveLength(9);
    expect(body.data.siteSetting.hotline.phone).toBe('1-888-373-7888');
  });
});
