// Page assembly: the frame every page shares (settings and navigation), and a page in a language
// with the collections its embed sections show. Never throws for the frame: the hotline must
// always render (the built-in one when the CMS has never been reached).
import type { ContentClient } from '@maine-sten/content-client';
import { fallbackSettings } from '$lib/hotline';
import { baseLocale } from '$lib/i18n';
import { HOME_SLUG } from '$lib/links';
import { needs } from './embeds';
import { inLanguage, siteSettingsIn } from './in-language';
import type { Read } from './store';
import type { ContentOptions, LayoutContent, Page, PageView, Section } from './types';

/** The page's form, if a "Form" section places one (the first). */
export const formSectionOf = (view: PageView) =>
  view.sections.find((section): section is Extract<Section, { __typename: 'ComponentSectionsForm' }> =>
    section.__typename === 'ComponentSectionsForm',
  );

const sectionsOf = (page: Page): Section[] => (page.body ?? []).filter((section): section is Section => section != null);

/** The page readers, reading through `read`; `isPublishedSlug` keeps made-up addresses from the CMS. */
export function pageReader(read: Read, isPublishedSlug: (slug: string) => Promise<boolean>) {
  /** The collections pages embed, each under its one cache key. */
  const collections = {
    faqs: (options: ContentOptions) => inLanguage(read, 'faqs', (c) => c.listFaqs(), options),
    principles: (options: ContentOptions) => inLanguage(read, 'principles', (c) => c.listGuidingPrinciples(), options),
    agencies: (options: ContentOptions) => inLanguage(read, 'agencies', (c) => c.listCouncilAgencies(), options),
    // Every resource, a hundred a read (the CMS's most): the site pages them itself (list-pages.ts).
    resources: (options: ContentOptions) =>
      inLanguage(
        read,
        'resources',
        async (c) => {
          const first = await c.listResources({ pageSize: 100 });
          const rest = await Promise.all(
            Array.from({ length: first.pageCount - 1 }, (_, i) => c.listResources({ page: i + 2, pageSize: 100 })),
          );
          return [first, ...rest].flatMap((page) => page.resources);
        },
        options,
      ),
  };

  /** Everything the frame of every page needs. Never throws: the hotline must always render. */
  async function getLayoutContent(options: ContentOptions = {}): Promise<LayoutContent> {
    const [settings, pages] = await Promise.all([
      // A failure is the CMS reachability's to tell, once an outage; the frame falls back to the built-in hotline.
      siteSettingsIn(read, options).catch(() => null),
      inLanguage(read, 'pages:list', (c) => c.listPages(), options).catch(() => null),
    ]);
    return {
      settings: settings ?? fallbackSettings(options.locale ?? baseLocale),
      navigation: (pages ?? []).filter((page) => page.showInNavigation && page.slug !== HOME_SLUG),
      footerPages: (pages ?? []).filter((page) => page.showInFooter && page.slug !== HOME_SLUG),
      cmsAvailable: settings !== null,
    };
  }

  /**
   * A page in a language. Every page exists in English; its translation, when there is one, gives
   * the title and summary, and the body too once it has one (until then the English body is shown).
   */
  async function getPageView(slug: string, options: ContentOptions = {}): Promise<PageView | null> {
    const { locale = baseLocale, preview = false } = options;
    // A slug the published page list does not have is answered without asking for the page, so
    // made-up addresses fill no cache. (Drafts are not in the list: preview asks directly.)
    if (!preview && !(await isPublishedSlug(slug))) return null;
    const getPage = (c: ContentClient) => c.getPage(slug);
    const english = await read(`page:${slug}`, getPage, { ...options, locale: baseLocale });
    if (!english) return null;
    const translation = locale === baseLocale ? null : await read(`page:${slug}`, getPage, options);
    const translatedBody = translation ? sectionsOf(translation) : [];
    const bodyLang = translatedBody.length > 0 ? locale : baseLocale;
    const sections = translatedBody.length > 0 ? translatedBody : sectionsOf(english);

    const [faqs, principles, agencies, resources] = await Promise.all([
      needs(sections, 'ComponentSectionsFaqList') ? collections.faqs(options) : [],
      needs(sections, 'ComponentSectionsGuidingPrinciples') ? collections.principles(options) : [],
      needs(sections, 'ComponentSectionsCouncilAgencies') ? collections.agencies(options) : [],
      needs(sections, 'ComponentSectionsResourceList') ? collections.resources(options) : [],
    ]);
    return { page: translation ?? english, locale, titleLang: translation ? locale : baseLocale, bodyLang, sections, faqs, principles, agencies, resources };
  }

  /** Every published collection in a language, whichever pages embed them (for the search index). */
  async function listCollections(options: ContentOptions = {}) {
    const [faqs, principles, agencies, resources] = await Promise.all([
      collections.faqs(options),
      collections.principles(options),
      collections.agencies(options),
      collections.resources(options),
    ]);
    return { faqs, principles, agencies, resources };
  }

  return { getLayoutContent, getPageView, listCollections };
}
