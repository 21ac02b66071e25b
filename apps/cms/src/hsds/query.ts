// The HSDS API's list parameters (page, per_page, search, modified_after, organization_id, locale),
// read strictly: a value that is not what the parameter takes is a 400 naming it, never ignored.
export interface ListQuery {
  /** The language of the texts (a locale of the site; English when none). */
  locale: string;
  page: number;
  perPage: number;
  search?: string;
  modifiedAfter?: number;
  organizationId?: string;
}

export const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class QueryError extends Error {}

const single = (value: unknown, name: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new QueryError(`${name} must be given once`);
  return value;
};

const positive = (value: string | undefined, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new QueryError(`${name} must be a whole number from 1 to ${max}`);
  return Number(value);
};

// RFC 3339 (the OpenAPI `date-time`; seconds may be left out, as ISO 8601 allows), or a full date
// (its midnight UTC); a time always with its offset. Date.parse alone takes
// 2026-02-30 as March 2nd and an offset-less time in the server's own zone.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2}):(\d{2})))?$/;

/** Milliseconds since the epoch, or null when `value` is not such a date-time or date. */
function dateTime(value: string): number | null {
  const parts = DATE_TIME.exec(value);
  if (!parts) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = parts.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHour > 23 || offsetMinute > 59) return null;
  const at = Date.parse(parts[4] === undefined ? `${value}T00:00:00Z` : value);
  return Number.isNaN(at) ? null : at;
}

/** The language asked for: one of the site's locales, the first (English) when none is given. */
export function localeQuery(raw: Record<string, unknown>, locales: readonly string[]): string {
  const locale = single(raw.locale, 'locale');
  if (locale === undefined || locale === '') return locales[0] ?? 'en';
  if (!locales.includes(locale)) throw new QueryError(`locale must be one of ${locales.join(', ')}`);
  return locale;
}

export function listQuery(raw: Record<string, unknown>, locales: readonly string[] = ['en']): ListQuery {
  const modifiedAfter = single(raw.modified_after, 'modified_after');
  const organizationId = single(raw.organization_id, 'organization_id');
  const search = single(raw.search, 'search')?.trim();
  const since = modifiedAfter === undefined ? undefined : dateTime(modifiedAfter);
  if (since === null) throw new QueryError('modified_after must be an RFC 3339 date-time such as 2026-01-31T00:00:00Z, or a date such as 2026-01-31');
  if (organizationId !== undefined && !UUID.test(organizationId)) throw new QueryError('organization_id must be a UUID');
  return {
    locale: localeQuery(raw, locales),
    page: positive(single(raw.page, 'page'), 'page', 1),
    perPage: positive(single(raw.per_page, 'per_page'), 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE),
    search: search || undefined,
    modifiedAfter: since,
    organizationId: organizationId?.toLowerCase(),
  };
}

/** The words of a search as it is matched: lower-cased (as English lowers them), split at spaces. */
export const searchWords = (search: string): string[] => search.toLocaleLowerCase('en').split(/\s+/).filter((word) => word !== '');

/** Whether any of the texts holds every word of the search, ignoring case. */
export function matches(search: string | undefined, texts: (string | undefined | null)[]): boolean {
  if (!search) return true;
  const haystack = texts.filter(Boolean).join(' ').toLocaleLowerCase('en');
  return searchWords(search).every((word) => haystack.includes(word));
}
