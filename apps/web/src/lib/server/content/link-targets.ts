// Link targets: which page each collection shows on, for links to a question or the agency
// directory, from every published page (collectionPagesIn, in $lib/links, does it from pages at hand).
import { collectionPagesIn, type CollectionPages } from '$lib/links';
import type { PageSummary, PageView } from './types';

/**
 * Where each collection shows: the slug of the first published page, in the CMS's order, whose
 * body embeds it (none: the collection is on no page). Editors rename pages and move embeds, so
 * links to a question or the agency directory come from here, never from a written address.
 */
export const collectionPagesOf =
  (listPages: () => Promise<PageSummary[]>, getPageView: (slug: string) => Promise<PageView | null>) =>
  async (): Promise<CollectionPages> => {
    const pages = await listPages();
    return collectionPagesIn(await Promise.all(pages.map((page) => getPageView(page.slug).catch(() => null))));
  };
