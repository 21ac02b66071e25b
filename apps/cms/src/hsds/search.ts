// What each HSDS list's `search` looks in, as the referral system reads the entry (its texts in the
// language asked for): the rule that decides. The database is asked first for the agencies that
// may match (filters.ts); this keeps exactly those that do, so an answer never depends on how a
// database compares letters.
import { describe, namedServices, type DirectoryEntry, type NamedService, present } from './map';
import { matches } from './query';

/** An organization's texts: its names, its description (or the one made for it), its services' names. */
const organizationTexts = (entry: DirectoryEntry) => [entry.name, entry.alternateName, describe(entry), ...(entry.services ?? []).map((service) => service.name)];

/** A service's texts: its name and description, and the name of the organization that gives it. */
const serviceTexts = (entry: DirectoryEntry, service: NamedService) => [service.name, present(service.description) ? service.description.trim() : undefined, entry.name];

export const organizationMatches = (search: string | undefined, entry: DirectoryEntry) => matches(search, organizationTexts(entry));

export const serviceMatches = (search: string | undefined) => (entry: DirectoryEntry, service: NamedService) => matches(search, serviceTexts(entry, service));

/** The entry's services a list with this search gives. */
export const matchingServices = (search: string | undefined, entry: DirectoryEntry) => namedServices(entry).filter((service) => serviceMatches(search)(entry, service));
