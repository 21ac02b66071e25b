// The HSDS lists a page at a time: the database is asked for the agencies of one page, so a page
// costs about the same with 20 agencies or 2,000. Maine STEN (a single type, read on its own)
// comes first in both lists; paging.ts places the page across it and the agencies.
//
// Organizations: without a search, the database counts the agencies the filters keep and gives
// one page of them (start, limit), read whole. With a search, it gives the agencies that may match
// (filters.ts), their texts only; search.ts keeps those that do, and the page of them is read whole.
//
// Services are a repeatable component of each agency, so the database cannot page them with the
// document service: a page may start inside one agency's services, and which of them count (a
// name; the language's own only when the translation has as many as the English; the search)
// are rules of map.ts and search.ts. Rather than a second copy of those rules in SQL over the
// component and join tables (every language's and every draft's rows, positions kept by the join
// table), the agencies are read with their services' names and descriptions only — no addresses,
// counties or languages, nothing mapped to HSDS — their services counted with the same rules, and
// only the agencies that hold the page's services are read whole.
import type { Core } from '@strapi/strapi';
import { agencyFilters, databaseWords, type AgencyFilters, type Searching } from './filters';
import { organizationId, servicesOf, toOrganization, withOrganization, type DirectoryEntry } from './map';
import { groupsOf, pageOf, splitWindow, windowOf } from './paging';
import type { ListQuery } from './query';
import { matchingServices, organizationMatches, serviceMatches } from './search';
import { agenciesWithWords, agencyCount, agencyEntries, agencyNamed, MAINE_STEN_KEY, mainSten, type AgencyEntry } from './source';

/** Which entries `organization_id` leaves: Maine STEN or not, and the agencies' filters (null: none of them). */
async function scopeOf(strapi: Core.Strapi, query: ListQuery): Promise<{ mainSten: boolean; agencies: AgencyFilters | null }> {
  const { organizationId: id, modifiedAfter } = query;
  if (id === undefined) return { mainSten: true, agencies: agencyFilters({ modifiedAfter }) };
  if (id === organizationId({ key: MAINE_STEN_KEY })) return { mainSten: true, agencies: null };
  const documentId = await agencyNamed(strapi, id);
  return { mainSten: false, agencies: documentId === undefined ? null : agencyFilters({ modifiedAfter, documentId }) };
}

/** Maine STEN's entry when the list may hold it: asked for, and changed after modified_after. */
async function mainStenIn(strapi: Core.Strapi, query: ListQuery, asked: boolean): Promise<DirectoryEntry | null> {
  const entry = asked ? await mainSten(strapi, query.locale) : null;
  return entry && (query.modifiedAfter === undefined || new Date(entry.updatedAt).getTime() > query.modifiedAfter) ? entry : null;
}

/**
 * The agencies `scope` keeps that may match the search, with their texts only (all of them
 * without a search): the database narrows them by the words (filters.ts), search.ts decides.
 */
async function searched(strapi: Core.Strapi, query: ListQuery, scope: AgencyFilters, list: Searching): Promise<AgencyEntry[]> {
  const candidates = await agenciesWithWords(strapi, query.locale, databaseWords(query.search, list), list);
  if (candidates?.length === 0) return [];
  const filters = candidates ? { $and: [scope, { documentId: { $in: candidates } }] } : scope;
  return agencyEntries(strapi, query.locale, { filters, reading: 'texts' });
}

/** The agencies `documentIds` names, read whole, in that order (the directory's, as they were found in). */
async function agenciesNamed(strapi: Core.Strapi, locale: string, documentIds: string[]): Promise<DirectoryEntry[]> {
  if (documentIds.length === 0) return [];
  const read = new Map((await agencyEntries(strapi, locale, { filters: { documentId: { $in: documentIds } } })).map(({ documentId, entry }) => [documentId, entry]));
  return documentIds.flatMap((documentId) => read.get(documentId) ?? []);
}

export async function organizationsPage(strapi: Core.Strapi, query: ListQuery) {
  const scope = await scopeOf(strapi, query);
  const sten = await mainStenIn(strapi, query, scope.mainSten);
  const lead = sten && organizationMatches(query.search, sten) ? [sten] : [];
  const { lead: ours, rest } = splitWindow(windowOf(query), lead.length);
  const limit = rest.end - rest.start;
  let total = 0;
  let agencies: DirectoryEntry[] = [];
  if (scope.agencies && !query.search) {
    const [count, page] = await Promise.all([
      agencyCount(strapi, scope.agencies),
      limit > 0 ? agencyEntries(strapi, query.locale, { filters: scope.agencies, start: rest.start, limit }) : [],
    ]);
    total = count;
    agencies = page.map(({ entry }) => entry);
  } else if (scope.agencies) {
    const candidates = await searched(strapi, query, scope.agencies, 'organizations');
    const found = candidates.filter(({ entry }) => organizationMatches(query.search, entry)).map(({ documentId }) => documentId);
    const onPage = found.slice(rest.start, rest.end);
    total = found.length;
    agencies = await agenciesNamed(strapi, query.locale, onPage);
  }
  const contents = [...lead.slice(ours.start, ours.end), ...agencies].map(toOrganization);
  return pageOf(contents, lead.length + total, query);
}

export async function servicesPage(strapi: Core.Strapi, query: ListQuery) {
  const scope = await scopeOf(strapi, query);
  const sten = await mainStenIn(strapi, query, scope.mainSten);
  const keep = serviceMatches(query.search);
  const lead = sten ? servicesOf([sten], keep) : [];
  const { lead: ours, rest } = splitWindow(windowOf(query), lead.length);
  const counted = scope.agencies ? await searched(strapi, query, scope.agencies, 'services') : [];
  const counts = counted.map(({ entry }) => matchingServices(query.search, entry).length);
  const { first, last, skip } = groupsOf(counts, rest);
  const holding = counted.slice(first, last).filter((_, index) => counts[first + index]! > 0).map(({ documentId }) => documentId);
  const agencies = await agenciesNamed(strapi, query.locale, holding);
  const theirs = servicesOf(agencies, keep).slice(skip, skip + rest.end - rest.start);
  const total = lead.length + counts.reduce((sum, count) => sum + count, 0);
  return pageOf([...lead.slice(ours.start, ours.end), ...theirs].map(withOrganization), total, query);
}
