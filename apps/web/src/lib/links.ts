// Every address the site links to, in one place, for server code and components alike: a CMS
// page's address in a language, a question's or a resource category's place on the page that
// lists it, which page lists each collection, and the few pages the site's own text names.
// Pure functions only: components import this, so it must never import server code.
import type { ResourceCategory, Section } from '@maine-sten/content-client';
import { getLocale, localizedPath, type Locale } from '$lib/i18n';
import type { PageView } from '$lib/page-data';

/** The CMS page the site's root (/) shows. */
export const HOME_SLUG = 'home';
/** Pages the site's own text points to (the search page's suggestions, a newsletter link's way back). */
export const GET_HELP_SLUG = 'get-help';
export const FAQ_SLUG = 'faq';
export const NEWSLETTER_SLUG = 'newsletter';

/**
 * A page's address: /<slug>, except the home page, which lives at /; in another language than
 * English, under its prefix (/es/<slug>). By default, in the language of the page being rendered.
 */
export const pageHref = (slug: string, locale: Locale = getLocale()): string =>
  localizedPath(slug === HOME_SLUG ? '/' : `/${slug}`, locale);

/** The confirmation a page with a form shows once the form is accepted. */
export const sentHref = (slug: string, locale: Locale = getLocale()): string => `${pageHref(slug, locale)}/sent`;

/** A question's `id` on the page that lists the FAQ. */
export const faqAnchor = (faqSlug: string): string => faqSlug;

/** A question on the page that lists the FAQ. */
export const faqHref = (home: string, faqSlug: string, locale: Locale = getLocale(), pageQuery = ''): string =>
  `${pageHref(home, locale)}${pageQuery ? `?${pageQuery}` : ''}#${faqAnchor(faqSlug)}`;

/** The page that lists resources, filtered to one category. */
export const resourceCategoryHref = (home: string, category: ResourceCategory, locale: Locale = getLocale(), pageQuery = ''): string =>
  `${pageHref(home, locale)}?category=${category}${pageQuery ? `&${pageQuery}` : ''}`;

export const searchHref = (locale: Locale = getLocale()): string => localizedPath('/search', locale);

export const feedHref = (format: 'json' | 'atom', locale: Locale = getLocale()): string => localizedPath(`/feed.${format}`, locale);

/** The embed section that places each collection (by its CMS model) on a page. */
export const EMBED_SECTIONS = [
  ['ComponentSectionsFaqList', 'faq'],
  ['ComponentSectionsGuidingPrinciples', 'guiding-principle'],
  ['ComponentSectionsCouncilAgencies', 'council-agency'],
  ['ComponentSectionsResourceList', 'resource'],
] as const satisfies readonly (readonly [Section['__typename'], string])[];
export type CollectionModel = (typeof EMBED_SECTIONS)[number][1];

/** The slug of the page that shows each collection; a collection on no page has none. */
export type CollectionPages = Partial<Record<CollectionModel, string>>;

/**
 * Where each collection shows: the first page, in the order given (the CMS's), whose body embeds
 * it. Editors rename pages and move embeds, so links to a question or the agency directory come
 * from here, never from a written address.
 */
export function collectionPagesIn(views: (Pick<PageView, 'page' | 'sections'> | null)[]): CollectionPages {
  const homes: CollectionPages = {};
  for (const [typename, model] of EMBED_SECTIONS) {
    const view = views.find((candidate) => candidate?.sections.some((section) => section.__typename === typename));
    if (view) homes[model] = view.page.slug;
  }
  return homes;
}
