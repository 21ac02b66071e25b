// One organization or one service by its HSDS id. Ids are hashes (ids.ts), so the agency that
// holds it is found by hashing what names it — the agencies' documentIds for an organization,
// their services' names (a light read of texts) for a service — and only that agency is read whole.
import type { Core } from '@strapi/strapi';
import { agencyFilters } from './filters';
import { organizationId, servicesOf, toOrganization, withOrganization, type DirectoryEntry } from './map';
import { agencyEntries, agencyNamed, MAINE_STEN_KEY, mainSten } from './source';

const withServices = (entry: DirectoryEntry) => ({ ...toOrganization(entry), services: servicesOf([entry]).map(withOrganization) });

const agency = async (strapi: Core.Strapi, locale: string, documentId: string): Promise<DirectoryEntry | undefined> =>
  (await agencyEntries(strapi, locale, { filters: agencyFilters({ documentId }) }))[0]?.entry;

export async function organizationById(strapi: Core.Strapi, locale: string, id: string) {
  if (id === organizationId({ key: MAINE_STEN_KEY })) {
    const sten = await mainSten(strapi, locale);
    return sten && withServices(sten);
  }
  const documentId = await agencyNamed(strapi, id);
  const entry = documentId === undefined ? undefined : await agency(strapi, locale, documentId);
  return entry ? withServices(entry) : null;
}

export async function serviceById(strapi: Core.Strapi, locale: string, id: string) {
  const withId = (entries: DirectoryEntry[]) => servicesOf(entries).find(({ service }) => service.id === id);
  const sten = await mainSten(strapi, locale);
  const own = sten ? withId([sten]) : undefined;
  if (own) return withOrganization(own);
  const texts = await agencyEntries(strapi, locale, { filters: agencyFilters({}), reading: 'texts' });
  const holder = texts.find(({ entry }) => withId([entry]) !== undefined);
  const entry = holder && (await agency(strapi, locale, holder.documentId));
  const found = entry && withId([entry]);
  return found ? withOrganization(found) : null;
}
