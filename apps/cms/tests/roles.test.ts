// Staff roles, exercised through the admin API as the admin panel uses it.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

process.env.ADMIN_EMAIL = 'admin@mecasa.example';
process.env.ADMIN_PASSWORD = 'First-admin-123';

const suiteCms = useSuiteCms();
let cms: BootedCms;

const login = (email: string, password: string) => adminLogin(cms, email, password);

async function staff(role: 'strapi-editor' | 'strapi-author', email: string): Promise<string> {
  const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code: role } });
  await cms.strapi.service('admin::user').create({
    email,
    firstname: role,
    password: 'Staff-password-123',
    isActive: true,
    roles: [id],
  });
  return login(email, 'Staff-password-123');
}

const adminApi = (token: string) => async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as { data?: { documentId?: string } } | null };
};

const FAQS = '/content-manager/collection-types/api::faq.faq';
const SETTINGS = '/content-manager/single-types/api::site-setting.site-setting';

beforeAll(() => {
  cms = suiteCms();
});

describe('first administrator from the environment', () => {
  it('exists and can log in', async () => {
    expect(await login('admin@mecasa.example', 'First-admin-123')).toBeTruthy();
  });
});

describe('Author', () => {
  it('writes drafts but cannot publish them', async () => {
    const api = adminApi(await staff('strapi-author', 'author@mecasa.example'));
    const created = await api('POST', FAQS, { question: 'An author’s draft?', slug: 'an-authors-draft', order: 70 });
    expect(created.status).toBe(201);
    const documentId = created.body?.data?.documentId;
    expect(documentId).toBeTruthy();
    const publish = await api('POST', `${FAQS}/${documentId}/actions/publish`, {});
    expect(publish.status).toBe(403);
    const published = await cms.strapi.documents('api::faq.faq').findOne({ documentId: documentId!, status: 'published' });
    expect(published).toBeNull();
  });

  it('cannot change the site settings (the hotline)', async () => {
    const api = adminApi(await staff('strapi-author', 'author2@mecasa.example'));
    const update = await api('PUT', SETTINGS, { siteName: 'Changed by an author' });
    expect(update.status).toBe(403);
    const read = await api('GET', SETTINGS);
    expect(read.status).toBe(200);
    expect((await cms.strapi.documents('api::site-setting.site-setting').findFirst())?.siteName).toBe('Maine STEN');
  });
});

describe('Editor', () => {
  it('edits and publishes any content, including the site settings', async () => {
    const api = adminApi(await staff('strapi-editor', 'editor@mecasa.example'));
    const faq = await cms.strapi.documents('api::faq.faq').findFirst({ filters: { slug: 'do-we-need-more-laws' } });
    const publish = await api('POST', `${FAQS}/${faq!.documentId}/actions/publish`, {
      question: 'Do we need more laws?',
    });
    expect(publish.status).toBe(200);
    const settings = await api('PUT', SETTINGS, { siteName: 'Maine STEN (edited)' });
    expect(settings.status).toBe(200);
  });

  it('cannot save a malformed hotline number through the admin either', async () => {
    const api = adminApi(await staff('strapi-editor', 'editor2@mecasa.example'));
    const current = await cms.strapi.documents('api::site-setting.site-setting').findFirst({ populate: ['hotline'] });
    const { id: _id, ...hotline } = current!.hotline as { id: number } & Record<string, unknown>;
    const update = await api('PUT', SETTINGS, { hotline: { ...hotline, phone: '1-800-373-3888x' } });
    expect(update.status).toBe(400);
    expect(JSON.stringify(update.body)).toContain('write it like 1-888-373-7888');
    for (const status of ['draft', 'published'] as const) {
      const after = await cms.strapi
        .documents('api::site-setting.site-setting')
        .findFirst({ status, populate: ['hotline'] });
      expect((after!.hotline as { phone: string }).phone).toBe('1-888-373-7888');
    }
  });
});

describe('roles at the next start', () => {
  interface Permission {
    id: number;
    action: string;
    subject: string | null;
    properties: { fields?: string[]; locales?: string[] };
    conditions: string[];
  }
  const RESOURCE = 'api::resource.resource';
  const roleId = async (code: string) => ((await cms.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number }).id;
  const permissionsOf = async (code: string) =>
    (await cms.strapi.db.query('admin::permission').findMany({ where: { role: { id: await roleId(code) } } })) as Permission[];
  const restart = async () => (await import('../src/bootstrap/editor-roles')).configureEditorRoles(cms.strapi);
  const superAdmin = async () => adminApi(await login('admin@mecasa.example', 'First-admin-123'));
  /** Settings > Roles > Save, as the admin panel sends it. */
  const saveRole = async (code: string, permissions: Omit<Permission, 'id'>[]) => {
    const api = await superAdmin();
    const saved = await api('PUT', `/admin/roles/${await roleId(code)}/permissions`, {
      permissions: permissions.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions })),
    });
    expect(saved.status).toBe(200);
  };

  it('keeps what an administrator took away and what they granted', async () => {
    const before = await permissionsOf('strapi-author');
    const withoutFaqCreate = before.filter((p) => !(p.subject === 'api::faq.faq' && p.action.endsWith('.create')));
    const publishResources = { action: 'plugin::content-manager.explorer.publish', subject: RESOURCE, properties: { locales: ['en', 'es', 'fr'] }, conditions: [] };
    await saveRole('strapi-author', [...withoutFaqCreate, publishResources]);

    expect(await restart()).toMatchObject({ 'strapi-author': 0 });
    const after = await permissionsOf('strapi-author');
    expect(after.some((p) => p.subject === 'api::faq.faq' && p.action.endsWith('.create'))).toBe(false);
    expect(after.some((p) => p.subject === RESOURCE && p.action.endsWith('.publish'))).toBe(true);
    expect(after).toHaveLength(before.length);
  });

  it('adds the permissions of a content type, a field or a locale that is new since the last start', async () => {
    // As before the Resource type existed, and before the FAQ had its `answer` field.
    const store = cms.strapi.store({ type: 'plugin', name: 'maine-sten', key: 'editor-role-grants' });
    const grants = (await store.get()) as Record<string, string[]>;
    grants['strapi-editor'] = grants['strapi-editor']!.filter((key) => !key.includes(`|${RESOURCE}`) && !key.endsWith('|api::faq.faq|fields:answer'));
    await store.set({ value: grants });
    const before = await permissionsOf('strapi-editor');
    const faqUpdate = before.find((p) => p.subject === 'api::faq.faq' && p.action.endsWith('.update'))!;
    await cms.strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: before.filter((p) => p.subject === RESOURCE).map((p) => p.id) } } });
    await cms.strapi.db.query('admin::permission').update({
      where: { id: faqUpdate.id },
      data: { properties: { ...faqUpdate.properties, fields: faqUpdate.properties.fields!.filter((field) => field !== 'answer') } },
    });

    const changes = await restart();
    expect(changes['strapi-editor']).toBeGreaterThan(0);
    const after = await permissionsOf('strapi-editor');
    expect(after.filter((p) => p.subject === RESOURCE).map((p) => p.action).sort()).toEqual(
      before.filter((p) => p.subject === RESOURCE).map((p) => p.action).sort(),
    );
    expect(after.find((p) => p.id === faqUpdate.id)!.properties.fields).toContain('answer');
    expect(after).toHaveLength(before.length);
    // And nothing more at the start after that.
    expect(await restart()).toEqual({ 'strapi-editor': 0, 'strapi-author': 0 });
  });

  it('creates a role an administrator deleted again, with its permissions', async () => {
    const id = await roleId('strapi-author');
    await cms.strapi.db.query('admin::permission').deleteMany({ where: { role: { id } } });
    await cms.strapi.db.query('admin::role').delete({ where: { id } });
    await restart();
    const author = await permissionsOf('strapi-author');
    expect(author.some((p) => p.subject === 'api::faq.faq' && p.action.endsWith('.create'))).toBe(true);
    expect(author.some((p) => p.action.endsWith('.publish'))).toBe(false);
  });
});
