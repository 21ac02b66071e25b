// Paging for the lists that grow with the content (the directory's agencies, resources, every
// FAQ): plain links with `?page=N`, so it works with JavaScript off and every page of a list has an
// address of its own (kept by the output cache per N: output-cache.js reads these parameters).
// The first paged list of a page reads `page`; a further one on the same page reads `page2`,
// `page3` … (in body order), so two long lists page independently and each link keeps the other's.

/** How many entries a page of each list shows: enough to scan, few enough to keep a page small. */
export const PAGE_SIZES = {
  agencies: 20,
  resources: 20,
  faqs: 10,
} as const;

export type PagedList = keyof typeof PAGE_SIZES;

/** The parameter names a page reads for its lists (the output cache keys pages by them). */
export const PAGE_PARAM = /^page(?:[2-9])?$/;

/** The parameter of a page's n-th paged list (0 first): `page`, `page2`, … `page9`. */
export function pageParamName(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 8) throw new RangeError(`no page parameter for list ${index}`);
  return index === 0 ? 'page' : `page${index + 1}`;
}

/**
 * A `?page=` value: absent or empty is the first page; a page number is digits with no leading
 * zero (so each page has one address); anything else is null (answered 400 Bad Request).
 */
export function parsePageNumber(value: string | null): number | null {
  if (value === null || value === '') return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return null;
  return Number(value);
}

/** How many pages `total` entries fill, `size` a page: at least one (an empty list is one page). */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

export interface ListPage<T> {
  /** The entries on this page. */
  items: T[];
  /** This page's number, 1 first. */
  page: number;
  pageCount: number;
  total: number;
  /** The query parameter that names the page. */
  param: string;
}

/** Page `page` of `items`, or null when there is no such page (answered 404 Not Found). */
export function pageOf<T>(items: readonly T[], page: number, size: number, param = 'page'): ListPage<T> | null {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return null;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount: count, total: items.length, param };
}

/**
 * The address of page `n` of a list: the same path (with its language prefix) and query, the
 * list's parameter set to n, or removed for the first page (its one address is without it).
 */
export function pageHrefFor(url: URL, param: string, n: number): string {
  const search = new URLSearchParams(url.search);
  if (n <= 1) search.delete(param);
  else search.set(param, String(n));
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * The page numbers a list's navigation shows: the first, the last and the two either side of the
 * current one; `null` stands for the numbers left out between them ("…").
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const n of sorted) {
    const previous = numbers.at(-1);
    if (typeof previous === 'number' && n - previous === 2) numbers.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) numbers.push(null);
    numbers.push(n);
  }
  return numbers;
}

/**
 * The query (with its `?`) a page's canonical address keeps: its lists' page numbers above 1
 * (`params`, as the lists read them); '' on every list's first page. A resource list's `category`
 * is left out, as it was before paging: the canonical page is the whole list's.
 */
export function canonicalSearch(url: URL, params: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const name of params) {
    const value = url.searchParams.get(name);
    if (value !== null && value !== '' && value !== '1') kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}
