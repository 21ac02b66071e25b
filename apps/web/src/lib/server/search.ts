// Site search over everything published: pages (each section's text), FAQ, guiding principles,
// council agencies and resources. The index is built from the content the site already keeps
// (the content door, content/), and rebuilt on the next search after any change the CMS reports. Queries are
// never logged, put in a URL or a title: the results page is a POST (see routes/search). Each
// language has its own index, of its pages (English where not translated yet) and its links.
import { fillHotlineTokens } from '@maine-sten/content-client';
import { blocksToText, parseBlocks } from '$lib/blocks';
import { getLocale, m, type Locale } from '$lib/i18n';
import { categoryLabels } from '$lib/i18n/by-name';
import { collectionPagesIn, faqHref, pageHref, resourceCategoryHref } from '$lib/links';
import { contentVersion, getLayoutContent, getPageView, listCollections, listPages, type Section } from './content';
import { inCategory, pageQueryOf, withQuery } from './list-pages';
import { fold, SearchIndex, type SearchDocument, type SearchHit } from './search-index';

export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 10;

/**
 * Words that mean "I need help now" in the visitor's language (a message, so each language lists
 * its own, written without accents): the hotline is pinned above the results.
 */
const helpWords = (): Set<string> => new Set(fold(m.searchHelpWords()).split(/\s+/));

const sectionText = (section: Section): string[] => {
  switch (section.__typename) {
    case 'ComponentSectionsRichText':
      return [section.heading ?? '', blocksToText(parseBlocks(section.body))];
    case 'ComponentSectionsBulletedList':
      return [section.heading ?? '', section.intro ?? '', ...(section.items ?? []).map((item) => item?.text ?? '')];
    case 'ComponentSectionsCallout':
      return [section.heading ?? '', section.text ?? ''];
    case 'ComponentSectionsCitation':
      return [section.text ?? ''];
    default:
      return ['heading' in section ? (section.heading ?? '') : ''];
  }
};

/** Everything published, as search documents. */
export async function searchDocuments(locale: Locale): Promise<SearchDocument[]> {
  const options = { locale };
  const [layout, pages, collections] = await Promise.all([getLayoutContent(options), listPages(), listCollections(options)]);
  const hotline = layout.settings.hotline;
  const text = (parts: (string | null | undefined)[]) => fillHotlineTokens(parts.filter(Boolean).join(' \n'), hotline);
  const views = await Promise.all(pages.map((page) => getPageView(page.slug, options)));
  const homes = collectionPagesIn(views);
  /** A collection's entries link to the page that shows it; on no page, they are not found. */
  const shown = <T>(entries: T[], home: string | undefined, document: (entry: T, home: string) => SearchDocument) =>
    home === undefined ? [] : entries.map((entry) => document(entry, home));
  return [
    ...views.flatMap((view) =>
      view ? [{ url: pageHref(view.page.slug, locale), title: view.page.title, section: m.searchSectionPages({}, options), body: text([view.page.summary, ...view.sections.flatMap(sectionText)]) }] : [],
    ),
    // Each entry links to the page of its list it is on (?page=N, list-pages.ts).
    ...shown(collections.faqs, homes.faq, (faq, home) => ({ url: faqHref(home, faq.slug, locale, pageQueryOf('faqs', collections.faqs.indexOf(faq))), title: faq.question, section: m.searchSectionFaq({}, options), body: text([blocksToText(parseBlocks(faq.answer))]) })),
    ...shown(collections.principles, homes['guiding-principle'], (principle, home) => ({ url: pageHref(home, locale), title: principle.statement, section: m.searchSectionPrinciples({}, options), body: '' })),
    ...shown(collections.agencies, homes['council-agency'], (agency, home) => ({ url: withQuery(pageHref(home, locale), pageQueryOf('agencies', collections.agencies.indexOf(agency))), title: agency.name, section: m.searchSectionAgencies({}, options), body: text([agency.description]) })),
    ...shown(collections.resources, homes.resource, (resource, home) => ({
      url: resourceCategoryHref(home, resource.category, locale, pageQueryOf('resources', inCategory(collections.resources, resource))),
      title: resource.title,
      section: m.searchSectionResources({}, options),
      body: text([resource.summary, categoryLabels[resource.category]({}, options)]),
    })),
  ];
}

const current = new Map<Locale, { version: number; index: Promise<SearchIndex> }>();

/** The index of a language for the content as it is now: rebuilt once after each change. */
function searchIndex(locale: Locale): Promise<SearchIndex> {
  const version = contentVersion();
  const known = current.get(locale);
  if (known && known.version === version) return known.index;
  const index = searchDocuments(locale).then((documents) => SearchIndex.build(documents, locale));
  index.catch(() => {
    if (current.get(locale)?.index === index) current.delete(locale); // try again next time
  });
  current.set(locale, { version, index });
  return index;
}

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'unavailable' }
  | { kind: 'results'; total: number; hits: SearchHit[]; page: number; pages: number; pinHotline: boolean; shortened: boolean };

/** The query as typed (capped), and what it finds on the given page of results. */
export async function runSearch(rawQuery: string, requestedPage: number): Promise<{ query: string; outcome: SearchOutcome }> {
  const shortened = rawQuery.length > MAX_QUERY_LENGTH;
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return { query, outcome: { kind: 'empty' } };
  const index = await searchIndex(getLocale()).catch(() => null);
  if (!index) return { query, outcome: { kind: 'unavailable' } }; // the CMS is down and nothing is known yet
  const first = await index.search(query, { limit: 0 });
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const page = Number.isInteger(requestedPage) ? Math.min(Math.max(1, requestedPage), pages) : 1;
  const { total, hits } = await index.search(query, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const help = helpWords();
  const pinHotline = words.some((word) => help.has(word));
  return { query, outcome: { kind: 'results', total, hits, page, pages, pinHotline, shortened } };
}
