// A page's old addresses (document-middlewares/keep-former-slugs.ts): a rename in any language keeps
// the old slug under the page's former addresses, in every language and in the published version
// the site reads; a chain of renames keeps them all on the one page; a page renamed back drops
// its own address from the list; an address typed by hand is tidied, or refused when it cannot be one.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(() => {
  cms = suiteCms();
});

const PAGE = 'api::page.page';
const pages = () => cms.strapi.documents(PAGE);

async function createPage(slug: string) {
  const page = await pages().create({ locale: 'en', status: 'published', data: { title: `Former slugs ${slug}`, slug, showInNavigation: false } as never });
  await pages().update({ documentId: page.documentId, locale: 'es', status: 'published', data: { title: `Direcciones ${slug}`, slug } as never });
  return page.documentId;
}

/** Slug and former addresses of every version (draft and published, each language), as "locale/status slug [former]". */
async function versions(documentId: string) {
  const rows = (await cms.strapi.db.query(PAGE).findMany({ where: { documentId }, select: ['locale', 'slug', 'publishedAt', 'formerSlugs'] })) as {
    locale: string;
    slug: string;
    publishedAt: string | null;
    formerSlugs: string | null;
  }[];
  return rows
    .map((row) => `${row.locale}/${row.publishedAt ? 'published' : 'draft'} ${row.slug} [${(row.formerSlugs ?? '').split('\n').sort().join(' ')}]`)
    .sort();
}

const rename = (documentId: string, slug: string, locale = 'en') =>
  pages().update({ documentId, locale, status: 'published', data: { slug } as never });

describe('former addresses', () => {
  it('keep every old slug of a page renamed twice (once in Spanish), in every version', async () => {
    const documentId = await createPage('former-a');
    await rename(documentId, 'former-b');
    await rename(documentId, 'former-c', 'es');
    expect(await versions(documentId)).toEqual([
      'en/draft former-c [former-a former-b]',
      'en/published former-c [former-a former-b]',
      'es/draft former-c [former-a former-b]',
      'es/published former-c [former-a former-b]',
    ]);
  });

  it('drop the address a page is renamed back to', async () => {
    const documentId = await createPage('former-back');
    await rename(documentId, 'former-away');
    await rename(documentId, 'former-back');
    expect(await versions(documentId)).toContain('en/published former-back [former-away]');
  });

  it('keep the old slug of a draft rename and of the published version until publish', async () => {
    const documentId = await createPage('former-live');
    await pages().update({ documentId, locale: 'en', data: { slug: 'former-draft-1' } as never });
    await pages().update({ documentId, locale: 'en', data: { slug: 'former-draft-2' } as never });
    await pages().publish({ documentId, locale: 'en' });
    expect(await versions(documentId)).toContain('en/published former-draft-2 [former-draft-1 former-live]');
    expect(await versions(documentId)).toContain('es/published former-draft-2 [former-draft-1 former-live]');
  });

  it('are tidied when typed by hand, and refused when they cannot be an address', async () => {
    const documentId = await createPage('former-by-hand');
    await pages().update({ documentId, locale: 'en', status: 'published', data: { formerSlugs: ' /Old-Flyer-Address/ \n\n' } as never });
    expect(await versions(documentId)).toContain('en/published former-by-hand [old-flyer-address]');
    await expect(
      pages().update({ documentId, locale: 'en', data: { formerSlugs: 'old-flyer-address\ntwo words' } as never }),
    ).rejects.toThrow(/"two words" cannot be a former address/);
    expect(await versions(documentId)).toContain('en/draft former-by-hand [old-flyer-address]');
  });
});
