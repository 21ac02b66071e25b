// What the model says is unique is unique in the database too (bootstrap/unique-indexes.ts), so a
// race between two requests or two CMS processes cannot create twins: a page's address per
// language, a newsletter address whatever its case.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const FORMS_TOKEN = 'forms-token-for-uniqueness-tests-0123456789';
process.env.CMS_FORMS_TOKEN = FORMS_TOKEN;

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

const PAGE = 'api::page.page';
/** A row written as Strapi writes one, skipping its own (read-then-write) uniqueness check. */
const pageRow = (documentId: string, slug: string, locale: string, publishedAt: Date | null) =>
  cms.strapi.db.query(PAGE).create({ data: { documentId, title: `Page ${slug}`, slug, locale, publishedAt } });

describe('a page address per language', () => {
  it('refuses a second page with the same address in one language, as a draft or published', async () => {
    await expect(pageRow('twinhomedraft000000000001', 'home', 'en', null)).rejects.toThrow();
    await expect(pageRow('twinhomepublished00000001', 'home', 'en', new Date())).rejects.toThrow();
    expect(await cms.strapi.db.query(PAGE).count({ where: { slug: 'home', locale: 'en' } })).toBe(2); // the seed's draft and published rows
  });

  it('takes one page’s draft and published rows, and its translations, under one address', async () => {
    for (const locale of ['en', 'es']) {
      await pageRow('onepagemanyrows0000000001', 'one-address', locale, null);
      await pageRow('onepagemanyrows0000000001', 'one-address', locale, new Date());
    }
    expect(await cms.strapi.db.query(PAGE).count({ where: { slug: 'one-address' } })).toBe(4);
  });

  it('still publishes and re-publishes a page through Strapi', async () => {
    const documents = cms.strapi.documents(PAGE);
    const page = await documents.create({ data: { title: 'Republished', slug: 'republished' } as never });
    await documents.publish({ documentId: page.documentId });
    await documents.update({ documentId: page.documentId, data: { title: 'Republished again' } as never });
    await documents.publish({ documentId: page.documentId });
    expect(await cms.strapi.db.query(PAGE).count({ where: { slug: 'republished' } })).toBe(2);
  });
});

describe('a newsletter address', () => {
  const signUp = (email: string) =>
    fetch(`${cms.url}/api/newsletter-subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}` },
      body: JSON.stringify({ data: { email, consent: true } }),
    }).then((answer) => answer.status);

  it('sent ten times at once is stored once, each answered 202 like any sign-up, never a 500', async () => {
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp(i % 2 ? 'Same@Example.org' : 'same@example.org')));
    expect(statuses).toEqual(Array(10).fill(202));
    const uid = 'api::newsletter-subscription.newsletter-subscription';
    expect(await cms.strapi.db.query(uid).count({ where: { email: { $eqi: 'same@example.org' } } })).toBe(1);
  });

  it('refuses a twin in another case written past the controller', async () => {
    const uid = 'api::newsletter-subscription.newsletter-subscription';
    await cms.strapi.db.query(uid).create({ data: { documentId: 'casetwin00000000000000001', email: 'case@example.org', consent: true } });
    await expect(
      cms.strapi.db.query(uid).create({ data: { documentId: 'casetwin00000000000000002', email: 'CASE@example.org', consent: true } }),
    ).rejects.toThrow();
  });
});
