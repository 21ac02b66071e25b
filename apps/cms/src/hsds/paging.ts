// Where a page of an HSDS list falls, when the database gives the list in parts: Maine STEN's
// items first (read on their own), then the agencies', which the database counts and pages. Pure
// arithmetic, so the page a referral system gets is the one slicing the whole list would give.
import type { ListQuery } from './query';

/** Items [start, end) of a whole list, counted from 0. */
export interface Window {
  start: number;
  end: number;
}

export const windowOf = ({ page, perPage }: Pick<ListQuery, 'page' | 'perPage'>): Window => ({ start: (page - 1) * perPage, end: page * perPage });

/** The window's part on the first `lead` items, and the rest's own window over the items after them. */
export function splitWindow({ start, end }: Window, lead: number): { lead: Window; rest: Window } {
  return {
    lead: { start: Math.min(start, lead), end: Math.min(end, lead) },
    rest: { start: Math.max(start - lead, 0), end: Math.max(end - lead, 0) },
  };
}

/**
 * Which groups hold the window's items, when group i holds counts[i] items in a row (an agency's
 * services): groups [first, last), and how many items of the first come before the window.
 */
export function groupsOf(counts: readonly number[], { start, end }: Window): { first: number; last: number; skip: number } {
  if (end <= start) return { first: counts.length, last: counts.length, skip: 0 };
  let before = 0;
  let first = counts.length;
  let skip = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index]!;
    if (first === counts.length && before + count > start) {
      first = index;
      skip = start - before;
    }
    before += count;
    if (before >= end) return { first, last: first === counts.length ? first : index + 1, skip };
  }
  return { first, last: counts.length, skip };
}

/** HSDS's Page shape: one page's `contents` and where it sits in a list of `total` items. */
export function pageOf<T>(contents: T[], total: number, { page, perPage }: Pick<ListQuery, 'page' | 'perPage'>) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
