// What a change in the CMS drops, whichever way it arrived (change-arrivals.ts): the content
// cache's entries of that type and language, and the output cache's pages that show it.
import { baseLocale, isSiteLocale } from '$lib/i18n';
import type { sharedOutputCache } from '../output-cache.js';
import type { ContentCache } from './cache';

/**
 * Cache keys a change to one CMS model affects (each key ends in its language: "faqs:es").
 * Pages embed other pages (links with their titles) and collections, so a page change drops every
 * cached page; site settings reach every page.
 */
export const AFFECTED_KEYS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>(Object.entries({
  'site-setting': [],
  page: ['page:', 'pages:list:'],
  faq: ['faqs:'],
  'guiding-principle': ['principles:'],
  'council-agency': ['agencies:'],
  resource: ['resources:'],
}));

/** The content type (CMS model) behind a cache key, for output-cache tags and invalidation. */
export const modelOfKey = (key: string): string =>
  key.startsWith('settings:') ? 'site-setting' : ([...AFFECTED_KEYS].find(([, prefixes]) => prefixes.some((prefix) => key.startsWith(prefix)))?.[0] ?? key);

/** The language a cache key is for (its last part). */
export const localeOfKey = (key: string): string => key.slice(key.lastIndexOf(':') + 1);

/** A page's output-cache tag for its language, so a change in one language drops only its pages. */
export const localeTagFor = (locale: string): string => `locale:${locale}`;

/** What a change drops from, and the version that tells derived data (the search index) to rebuild. */
export interface Droppable {
  cache: Pick<ContentCache, 'invalidateWhere'>;
  outputCache: Pick<ReturnType<typeof sharedOutputCache>, 'drop'>;
  contentChanged(): void;
}

/**
 * Drops what a CMS change affects, in the content cache and the output cache; unknown models drop
 * nothing. A change in one language other than English drops only that language (English, which
 * other languages fall back to, drops them all). Returns how many content entries went.
 */
export function dropChange(store: Droppable, model: string, locale?: string): number {
  const keys = AFFECTED_KEYS.get(model); // a Map: "__proto__" or "constructor" are unknown models
  if (keys === undefined) return 0;
  store.contentChanged();
  const only = locale && locale !== baseLocale && isSiteLocale(locale) ? locale : undefined;
  store.outputCache.drop(model === 'site-setting' ? [] : [model], only && localeTagFor(only));
  const affected = (key: string) => keys.length === 0 || keys.some((prefix) => key.startsWith(prefix));
  return store.cache.invalidateWhere((key) => affected(key) && (!only || localeOfKey(key) === only));
}
