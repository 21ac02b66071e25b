// Whether a slug is a published page, from the published page list, so made-up addresses fill no
// cache. A page published a moment ago may not be in the list yet (the CMS's change notice is on
// its way): an unknown slug reloads the list (concurrent ones share one reload), but no more than
// LIST_RECHECKS_PER_SECOND times a second, whatever the number of made-up addresses asked for.
import type { PageSummary } from './types';

/** Reloads of the page list that unknown slugs may cause, per second. */
const LIST_RECHECKS_PER_SECOND = 5;

export function publishedSlugCheck(
  listPages: () => Promise<PageSummary[]>,
  reloadPageList: () => Promise<PageSummary[]>,
): (slug: string) => Promise<boolean> {
  const listRechecks: number[] = [];
  return async (slug) => {
    const has = (pages: PageSummary[]) => pages.some((page) => page.slug === slug);
    if (has(await listPages())) return true;
    const now = Date.now();
    while (listRechecks.length > 0 && now - listRechecks[0]! >= 1000) listRechecks.shift();
    if (listRechecks.length >= LIST_RECHECKS_PER_SECOND) return false;
    listRechecks.push(now);
    return has(await reloadPageList().catch(() => []));
  };
}
