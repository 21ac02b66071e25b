// First-start import of the organisation's content. It runs in bootstrap on every start but only
// ever creates: once the marker is stored, or where a collection already holds entries (editors'
// work, or an earlier partial import), nothing is created or overwritten.
import type { Core, Modules, UID } from '@strapi/strapi';
import { councilAgencies } from './council-agencies';
import { directoryProfile } from './directory-profile';
import { partnersPage } from './partners-page';
import { faqs } from './faqs';
import { guidingPrinciples } from './guiding-principles';
import { pages, type SectionSeed } from './pages';
import { resources } from './resources';
import { siteSetting } from './site-setting';
import { contentTranslations } from './translations';

const MARKER_KEY = 'initial-content';
const SEED_VERSION = 1;

export interface SeedReport {
  skipped: boolean;
  created: Partial<Record<UID.ContentType, number>>;
}

export async function seedInitialContent(strapi: Core.Strapi): Promise<SeedReport> {
  const marker = strapi.store({ type: 'core', name: 'seed' });
  if (await marker.get({ key: MARKER_KEY })) {
    return { skipped: true, created: {} };
  }

  const created: SeedReport['created'] = {};
  await strapi.db.transaction(async () => {
    const importer = new Importer(strapi, created);
    await importer.collection('api::faq.faq', faqs);
    await importer.collection('api::guiding-principle.guiding-principle', guidingPrinciples);
    await importer.collection('api::council-agency.council-agency', councilAgencies);
    await importer.collection('api::resource.resource', resources);
    await importer.pages();
    await importer.siteSetting();
  });

  await marker.set({ key: MARKER_KEY, value: { version: SEED_VERSION, importedAt: new Date().toISOString() } });
  return { skipped: false, created };
}

type Input<T extends UID.ContentType> = Modules.Documents.Params.Data.Input<T>;
type SectionInput = NonNullable<Input<'api::page.page'>['body']>[number];

/** A seed section as the page's body takes it: page links by slug become relations. */
export function toSectionData(section: SectionSeed, documentIdBySlug: Map<string, string>): SectionInput {
  if (section.__component !== 'sections.page-links') return section;
  const { pageSlugs, ...rest } = section;
  const pageIds = pageSlugs.map((slug) => {
    const documentId = documentIdBySlug.get(slug);
    if (!documentId) throw new Error(`Seed page link to "${slug}" comes before that page is created.`);
    return documentId;
  });
  return { ...rest, pages: pageIds };
}

type SeedableCollection =
  | 'api::faq.faq'
  | 'api::guiding-principle.guiding-principle'
  | 'api::council-agency.council-agency'
  | 'api::resource.resource';

class Importer {
  constructor(
    private readonly strapi: Core.Strapi,
    private readonly created: SeedReport['created'],
  ) {}

  /** True when the type already has documents, drafts included: then it belongs to the editors. */
  private async isEmpty(uid: UID.ContentType): Promise<boolean> {
    return (await this.strapi.db.query(uid).count()) === 0;
  }

  async collection<T extends SeedableCollection>(uid: T, entries: readonly Input<T>[]): Promise<void> {
    if (!(await this.isEmpty(uid))) return;
    for (const data of entries) {
      await this.strapi.documents(uid).create({ data, status: 'published' });
    }
    this.created[uid] = entries.length;
  }

  async pages(): Promise<void> {
    const uid = 'api::page.page';
    if (!(await this.isEmpty(uid))) return;
    // Pages that link to other pages come after their targets in the seed list.
    const documentIdBySlug = new Map<string, string>();
    for (const { body, showInFooter = false, ...page } of pages) {
      const document = await this.strapi.documents(uid).create({
        data: { ...page, showInFooter, body: body.map((section) => toSectionData(section, documentIdBySlug)) },
        status: 'published',
      });
      documentIdBySlug.set(page.slug, document.documentId);
    }
    this.created[uid] = pages.length;
  }

  async siteSetting(): Promise<void> {
    const uid = 'api::site-setting.site-setting';
    if (!(await this.isEmpty(uid))) return;
    await this.strapi.documents(uid).create({ data: siteSetting, status: 'published' });
    this.created[uid] = 1;
  }
}

/**
 * Content that came after the first import (a database seeded by an earlier version lacks it):
 * each is created once, when its type is still empty, and remembered, so an entry editors delete
 * stays deleted.
 */
export async function seedAdditions(strapi: Core.Strapi): Promise<string[]> {
  const marker = strapi.store({ type: 'core', name: 'seed' });
  const added: string[] = [];
  const pages = strapi.documents('api::page.page');
  const additions: { key: string; exists: () => Promise<boolean>; create: () => Promise<unknown> }[] = [
    {
      key: 'directory-profile',
      exists: async () => (await strapi.db.query('api::directory-profile.directory-profile').count()) > 0,
      create: () => strapi.documents('api::directory-profile.directory-profile').create({ data: directoryProfile, status: 'published' }),
    },
    {
      key: 'partners-page',
      exists: async () => (await strapi.db.query('api::page.page').count({ where: { slug: partnersPage.slug } })) > 0,
      create: async () => {
        // A link goes to a page that exists in the language (relations are per language).
        const idsIn = async (locale: string) =>
          new Map(((await pages.findMany({ locale, status: 'published', fields: ['slug'], limit: 1000 })) as { slug: string; documentId: string }[]).map((page) => [page.slug, page.documentId]));
        const linkable = (section: SectionSeed, ids: Map<string, string>): SectionSeed =>
          section.__component === 'sections.page-links' ? { ...section, pageSlugs: section.pageSlugs.filter((slug) => ids.has(slug)) } : section;
        const { body, showInFooter = false, ...page } = partnersPage;
        const englishIds = await idsIn('en');
        const english = await pages.create({
          data: { ...page, showInFooter, body: body.map((section) => toSectionData(linkable(section, englishIds), englishIds)) },
          status: 'published',
        });
        for (const [locale, { pages: { partners: translation } }] of Object.entries(contentTranslations)) {
          if (!translation) continue;
          const idBySlug = await idsIn(locale);
          await pages.update({
            documentId: english.documentId,
            locale,
            status: 'published',
            data: {
              ...page,
              showInFooter,
              title: translation.title,
              summary: translation.summary,
              translationStatus: 'unreviewed',
              body: (translation.body ?? []).map((section) => toSectionData(linkable(section, idBySlug), idBySlug)),
            } as never,
          });
        }
      },
    },
  ];
  for (const { key, exists, create } of additions) {
    if (await marker.get({ key: `addition:${key}` })) continue;
    if (!(await exists())) {
      await create();
      added.push(key);
    }
    await marker.set({ key: `addition:${key}`, value: { addedAt: new Date().toISOString() } });
  }
  return added;
}
