// Old addresses: each page keeps its former slugs (the CMS adds one when the slug changes, editors
// may add more), and a visit to one is sent to the page's address with a permanent redirect, in one
// hop however many renames there were. A page that has the slug now wins over any redirect.
import type { PageSummary } from './types';

/**
 * The slug a former address leads to, or null. Two pages may both list an address (an editor added
 * it by hand to a second page): the one saved last wins, as it is the editor's latest word.
 */
export function redirectTarget(pages: readonly PageSummary[], slug: string): string | null {
  if (pages.some((page) => page.slug === slug)) return null;
  let target: PageSummary | null = null;
  for (const page of pages) {
    const listed = (page.formerSlugs ?? '').split('\n').some((former) => former.trim() === slug);
    if (listed && (target === null || String(page.updatedAt) > String(target.updatedAt))) target = page;
  }
  return target?.slug ?? null;
}
