// "What waits" on the admin's home (src/dashboard): the counts move with what staff must handle,
// each links to the filtered list where it is handled, and an Author sees only content items. And
// the phone numbers to check beside an entry's edit view.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const ADMIN = { email: 'dashboard-admin@example.org', password: 'Dashboard-Admin-Passw0rd!' };
Object.assign(process.env, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });

const suiteCms = useSuiteCms();
let cms: BootedCms;
let jwt: string;

interface Group {
  title: string;
  items: { label: string; count: number; href: string }[];
}

async function waiting(token = jwt): Promise<Group[]> {
  const response = await fetch(`${cms.url}/admin/work-waiting`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Group[] }).data;
}
const item = (groups: Group[], label: string) => groups.flatMap((group) => group.items).find((entry) => entry.label === label);

beforeAll(async () => {
  cms = suiteCms();
  jwt = await adminLogin(cms, ADMIN.email, ADMIN.password);
});

describe('what waits', () => {
  it('counts new contact messages, with a link to the list of new ones', async () => {
    const before = item(await waiting(), 'Contact messages: new')!;
    expect(before.href).toBe('/content-manager/collection-types/api::contact-message.contact-message?filters%5B$and%5D%5B0%5D%5BhandlingStatus%5D%5B$eq%5D=new');
    for (const name of ['First', 'Second']) {
      await cms.strapi.documents('api::contact-message.contact-message').create({
        data: { name, email: `${name.toLowerCase()}@example.org`, replyBy: 'email', message: 'Please call me back.', handlingStatus: 'new' } as never,
      });
    }
    expect(item(await waiting(), 'Contact messages: new')!.count).toBe(before.count + 2);
  });

  it('counts partner webhooks turned off, and translations outdated per language', async () => {
    const before = item(await waiting(), 'Partner webhooks turned off')!.count;
    await cms.strapi.documents('api::partner-webhook.partner-webhook').create({ data: { name: 'Paused partner', url: 'https://partner.example.org/hook', enabled: false } as never });
    expect(item(await waiting(), 'Partner webhooks turned off')!.count).toBe(before + 1);
    expect(item(await waiting(), 'Spanish (es): outdated')).toMatchObject({ href: '/translations' });
  });

  it('shows an Author the content items only', async () => {
    const { id } = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await cms.strapi.service('admin::user').create({ email: 'dashboard-author@example.org', firstname: 'Author', password: 'Author-passw0rd-123', isActive: true, roles: [id] });
    const groups = await waiting(await adminLogin(cms, 'dashboard-author@example.org', 'Author-passw0rd-123'));
    expect(groups.map((group) => group.title)).toEqual(['Phone numbers in published content', 'Translations']);
  });
});

describe('the numbers beside an entry', () => {
  it('lists the draft’s numbers that are neither the hotline nor an agency’s, a near miss of the hotline first', async () => {
    const faq = await cms.strapi.documents('api::faq.faq').create({
      locale: 'en',
      data: {
        question: 'Which numbers?',
        slug: 'numbers-to-check',
        order: 90,
        answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Call 207-555-0142, or 1-800-373-3888, or the hotline at 1-888-373-7888.' }] }],
      } as never,
    });
    const query = new URLSearchParams({ uid: 'api::faq.faq', documentId: faq.documentId, locale: 'en' });
    const response = await fetch(`${cms.url}/admin/phone-numbers?${query}`, { headers: { authorization: `Bearer ${jwt}` } });
    const { data } = (await response.json()) as { data: { kind: string; number: string; field: string; hotline?: string }[] };
    expect(data.map(({ kind, number }) => [kind, number])).toEqual([
      ['near-miss', '1-800-373-3888'],
      ['unknown', '207-555-0142'],
    ]);
    expect(data[0]!.hotline).toBe('1-888-373-7888');
    const settings = await fetch(`${cms.url}/admin/phone-numbers?uid=api::site-setting.site-setting`, { headers: { authorization: `Bearer ${jwt}` } });
    expect(settings.status).toBe(400);
  });
});
