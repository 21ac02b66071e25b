// The page of each long list a page shows (the directory's agencies, resources, FAQ), from the
// address's `?page=` (see $lib/paging): a number that is not one answers 400, a page the list does
// not have 404.
import { error } from '@sveltejs/kit';
import { RESOURCE_CATEGORIES, type ResourceCategory } from '@maine-sten/content-client';
import { m } from '$lib/i18n';
import type { PageView, SectionList, SectionLists } from '$lib/page-data';
import { PAGE_SIZES, pageOf, pageParamName, parsePageNumber, type PagedList } from '$lib/paging';
import { settings } from './settings.js';

/** Entries a page of this list shows: LIST_PAGE_SIZE when set (to try paging on little content), or the list's own. */
export const listPageSize = (kind: PagedList): number => settings.LIST_PAGE_SIZE || PAGE_SIZES[kind];

/**
 * The page of a list an entry is on, at this index of the list (every question, every agency, a
 * category's resources), for the links to it (search, feeds): its page's `?page=N`, '' for the first.
 */
export function pageQueryOf(kind: PagedList, index: number): string {
  const page = Math.floor(Math.max(0, index) / listPageSize(kind)) + 1;
  return page > 1 ? `page=${page}` : '';
}

type Section = PageView['sections'][number];

/** The kind of list a section shows that grows with the content, or null. */
const pagedKind = (section: Section): PagedList | null =>
  section.__typename === 'ComponentSectionsCouncilAgencies'
    ? 'agencies'
    : section.__typename === 'ComponentSectionsResourceList'
      ? 'resources'
      : section.__typename === 'ComponentSectionsFaqList'
        ? 'faqs'
        : null;

/** A resource list's entries in the order it shows them: by category (the site's order), then as the CMS sorts them. */
export function resourcesShown(view: PageView, section: Extract<Section, { __typename: 'ComponentSectionsResourceList' }>, selected: ResourceCategory | null) {
  const category = section.category ?? selected;
  return RESOURCE_CATEGORIES.filter((c) => category === null || c === category).flatMap((c) =>
    view.resources.filter((resource) => resource.category === c),
  );
}

/** Where a resource is among those of its category (the list a link to its category pages). */
export const inCategory = (resources: readonly { category: ResourceCategory }[], resource: { category: ResourceCategory }): number =>
  resources.filter((other) => other.category === resource.category).indexOf(resource);

/** A path with a query added ('' adds nothing). */
export const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);

/** An FAQ list's questions: those picked, in the order picked; none picked means every question. */
export function faqsShown(view: PageView, section: Extract<Section, { __typename: 'ComponentSectionsFaqList' }>) {
  const picked = section.faqs.filter((faq) => faq !== null).map((faq) => faq.slug);
  if (picked.length === 0) return view.faqs;
  return picked.map((slug) => view.faqs.find((faq) => faq.slug === slug)).filter((faq) => faq !== undefined);
}

/** The query parameters the page's lists read, in body order (`page`, `page2`, …). */
export const listParams = (view: PageView): string[] => view.sections.filter((section) => pagedKind(section) !== null).map((_, i) => pageParamName(i));

/** Each section's page of its list, as the address asks; throws 400 / 404 for a page there is not. */
export function pageLists(view: PageView, url: URL, selected: ResourceCategory | null): SectionLists {
  let index = 0;
  return view.sections.map((section): SectionList | null => {
    const kind = pagedKind(section);
    if (kind === null) return null;
    const param = pageParamName(index++);
    const number = parsePageNumber(url.searchParams.get(param));
    if (number === null) error(400, m.badRequestTitle());
    const size = listPageSize(kind);
    const outOfRange = () => error(404, m.notFoundTitle());
    if (section.__typename === 'ComponentSectionsCouncilAgencies') {
      return { kind: 'agencies', list: pageOf(view.agencies, number, size, param) ?? outOfRange() };
    }
    if (section.__typename === 'ComponentSectionsResourceList') {
      return { kind: 'resources', list: pageOf(resourcesShown(view, section, selected), number, size, param) ?? outOfRange() };
    }
    if (section.__typename === 'ComponentSectionsFaqList') {
      return { kind: 'faqs', list: pageOf(faqsShown(view, section), number, size, param) ?? outOfRange() };
    }
    return null;
  });
}

/** The highest page number asked for among the page's lists (1 when all show their first page). */
export const listPageNumber = (lists: SectionLists): number => Math.max(1, ...lists.map((entry) => entry?.list.page ?? 1));
