// Probes an anonymous client can try against the public content API, including the shapes of
// Strapi's known leak advisories (private fields via populate/filters, reset-token filters, draft
// status). Each must be refused or answer nothing private.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const suiteCms = useSuiteCms();
let cms: BootedCms;
let unpublishedId: string;

beforeAll(async () => {
  cms = suiteCms();
  const draft = await cms.strapi.documents('api::faq.faq').create({
    data: { question: 'Never published?', slug: 'never-published', answer: [], order: 50 },
  });
  unpublishedId = draft.documentId;
  // A real account with secrets that must never leak.
  await cms.strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: 'victim',
      email: 'victim@example.org',
      password: 'secret-password-hash',
      resetPasswordToken: 'reset-token-123',
      confirmed: true,
      provider: 'local',
    },
  });
});

const rest = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${cms.url}${path}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
};

// Values the probing client does not send itself: if one comes back, it leaked.
const SECRETS = ['victim@example.org', 'secret-password-hash', 'reset-token-123'];
const expectNothingPrivate = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

/** Refused (4xx), or answered with data that holds no author fields. */
const expectNoAuthorData = (status: number, text: string) => {
  if (status >= 400) {
    expect(status).toBeLessThan(500);
    return;
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        expect(['createdBy', 'updatedBy', 'password', 'resetPasswordToken', 'email']).not.toContain(key);
        walk(inner);
      }
    }
  };
  walk(JSON.parse(text));
};

describe('drafts', () => {
  it('an unpublished document is not found by documentId over REST', async () => {
    for (const query of ['', '?status=draft']) {
      const response = await rest(`/api/faqs/${unpublishedId}${query}`);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.text)).toEqual({ data: null, error: expect.objectContaining({ status: 404, name: 'NotFoundError' }) });
      expect(response.text).not.toContain('Never published?');
    }
  });

  it('an unpublished document is not found by documentId over GraphQL', async () => {
    for (const status of ['PUBLISHED', 'DRAFT']) {
      const result = await cms.graphql<{ faq: unknown }>(
        `query ($id: ID!) { faq(documentId: $id, status: ${status}) { question } }`,
        { id: unpublishedId },
      );
      // Answered, not refused: found nothing.
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ faq: null });
    }
  });

  it('a draft does not show through list queries with a draft status', async () => {
    // The published questions, all 9 of them, and not the draft: an answer, not an error.
    const restList = await rest('/api/faqs?status=draft&pagination[pageSize]=100');
    expect(restList.status).toBe(200);
    expect((JSON.parse(restList.text) as { data: unknown[] }).data).toHaveLength(9);
    expect(restList.text).not.toContain('Never published?');
    const graphql = await cms.graphql<{ faqs: { question: string }[] }>(`{ faqs(status: DRAFT, pagination: { limit: 100 }) { question } }`);
    expect(graphql.status).toBe(200);
    expect(graphql.errors).toBeUndefined();
    expect(graphql.data?.faqs).toHaveLength(9);
    expect(JSON.stringify(graphql)).not.toContain('Never published?');
  });
});

describe('private data', () => {
  it.each(['/api/users', '/api/users/1', '/api/users/me', '/api/users?filters[resetPasswordToken][$null]=false'])(
    'refuses %s',
    async (path) => {
      const response = await rest(path);
      expect([401, 403]).toContain(response.status);
      expectNothingPrivate(response.text);
    },
  );

  it.each(['/api/upload/files', '/admin/users', '/api/content-type-builder/content-types'])('refuses %s', async (path) => {
    const response = await rest(path);
    expect([401, 403, 404]).toContain(response.status);
    expectNothingPrivate(response.text);
  });

  it.each([
    '/api/faqs?populate=*',
    '/api/faqs?populate=createdBy',
    '/api/faqs?populate[createdBy][fields][0]=email',
    '/api/faqs?fields[0]=createdBy',
    '/api/pages?populate[body][populate]=*',
    '/api/site-setting?populate=*',
  ])('populating %s exposes no author data', async (path) => {
    const response = await rest(path);
    expectNoAuthorData(response.status, response.text);
    expectNothingPrivate(response.text);
  });

  it.each([
    ['createdBy email', 'filters[createdBy][email][$startsWith]'],
    ['createdBy password', 'filters[createdBy][password][$startsWith]'],
    ['createdBy reset token', 'filters[createdBy][resetPasswordToken][$startsWith]'],
    ['updatedBy email', 'filters[updatedBy][email][$contains]'],
  ])('filtering on %s cannot be used as an oracle', async (_name, filter) => {
    const hit = await rest(`/api/faqs?${filter}=v`);
    const miss = await rest(`/api/faqs?${filter}=zzzz-no-match`);
    expect(hit.status).toBe(miss.status);
    expect(hit.text).toBe(miss.text);
    expectNothingPrivate(hit.text);
  });

  it('GraphQL has no way to reach authors or accounts anonymously', async () => {
    const users = await cms.graphql(`{ usersPermissionsUsers { email } }`);
    expect(users.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await cms.graphql(`{ me { email } }`);
    expect(me.errors?.length).toBeGreaterThan(0);
    const author = await cms.graphql(`{ faqs { question createdBy { email } } }`);
    expect(author.status).toBe(400);
    const filter = await cms.graphql(`{ faqs(filters: { createdBy: { email: { startsWith: "v" } } }) { question } }`);
    expect(filter.status).toBe(400);
    for (const result of [users, me, author, filter]) {
      expectNothingPrivate(JSON.stringify(result));
      expect(result.data ?? {}).not.toHaveProperty('faqs.0.createdBy');
    }
  });
});

describe('writes and accounts', () => {
  it('refuses public registration (users-permissions) over REST and GraphQL', async () => {
    const response = await rest('/api/auth/local/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', email: 'mallory@example.org', password: 'Password123!' }),
    });
    expect([400, 403]).toContain(response.status);
    const mutation = await cms.graphql(
      `mutation { register(input: { username: "eve", email: "eve@example.org", password: "Password123!" }) { jwt } }`,
    );
    expect(mutation.errors?.length).toBeGreaterThan(0);
    const accounts = await cms.strapi.db.query('plugin::users-permissions.user').count({
      where: { email: { $in: ['mallory@example.org', 'eve@example.org'] } },
    });
    expect(accounts).toBe(0);
  });

  it('keeps the password-reset route closed while accounts are off (see password-reset.test.ts)', async () => {
    const response = await rest('/api/auth/forgot-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org' }),
    });
    expect(response.status).toBe(403);
    expectNothingPrivate(response.text);
  });

  it('refuses a password reset with a guessed code', async () => {
    const response = await rest('/api/auth/reset-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'guessed', password: 'Password123!', passwordConfirmation: 'Password123!' }),
    });
    expect(response.status).toBe(403);
    expectNothingPrivate(response.text);
  });
});

describe('HTTP headers', () => {
  it('lets any origin read the content API without credentials (CORS preflight)', async () => {
    const preflight = await fetch(`${cms.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const get = await fetch(`${cms.url}/api/faqs`, { headers: { Origin: 'https://partner.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://partner.example');
  });

  it('does not open the admin API to other origins', async () => {
    const preflight = await fetch(`${cms.url}/admin/login`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers', async () => {
    const response = await fetch(`${cms.url}/api/faqs`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('keeps each kind of request’s own security headers (built once per kind: patches/@strapi__core)', async () => {
    const csp = async (path: string) => (await fetch(`${cms.url}${path}`)).headers.get('content-security-policy') ?? '';
    const api = await csp('/api/faqs');
    // Outside production the admin's pages may reach Vite's dev server (ws:); nothing else may.
    const admin = await csp('/admin/auth/login');
    expect(admin).toContain('ws:');
    expect(await csp('/api/faqs')).toBe(api);
    expect(api).not.toContain('ws:');
    expect(await csp('/admin/auth/login')).toBe(admin);
  });

  it('lets partners cache GET responses: Cache-Control, ETag and 304', async () => {
    const first = await fetch(`${cms.url}/api/faqs`);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-if-error=86400');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${cms.url}/api/faqs`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const other = await fetch(`${cms.url}/api/pages`, { headers: { 'If-None-Match': etag! } });
    expect(other.status).toBe(200);
  });
});
