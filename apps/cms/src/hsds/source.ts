// The directory as it is published, in English or in another language (referral systems import one
// language at a time): Maine STEN first, then the council agencies in the directory's order. In
// another language, each description and service comes from that language's published version
// where it has one, and from the English otherwise; ids stay the English's. The lists (lists.ts)
// read Maine STEN and only the agencies they need; an entry asked for by its id reads them all.
import type { Core, Modules } from '@strapi/strapi';
import { cmsSettings } from '../settings';
import { NAMED, wordWhere, type AgencyFilters, type Searching } from './filters';
import { organizationId, type DirectoryEntry, type DirectoryService } from './map';

const AGENCY = 'api::council-agency.council-agency';
const SERVICES = { populate: { counties: true } } as const;
const LOCALE = 'en';

type Read = Pick<Modules.Documents.ServiceParams<typeof AGENCY>['findMany'], 'fields' | 'populate'>;

/** What an agency's entry is read with: everything, or only the texts a search and a count of services need. */
const READ = {
  whole: { english: { populate: { address: true, counties: true, languages: true, services: SERVICES } }, translated: { fields: ['description'], populate: { services: SERVICES } } },
  texts: {
    english: { fields: ['name', 'description', 'updatedAt'], populate: { services: { fields: ['name', 'description'] } } },
    translated: { fields: ['description'], populate: { services: { fields: ['name', 'description'] } } },
  },
} satisfies Record<string, { english: Read; translated: Read }>;
export type Reading = keyof typeof READ;

/** An agency as read, whichever way (`texts` leaves most fields out). */
type AgencyRow = Translated &
  Omit<DirectoryEntry, 'key' | 'name' | 'updatedAt' | 'description' | 'services'> & { documentId: string; name?: string | null; updatedAt?: string | Date | null };

interface Translated {
  description?: string | null;
  services?: DirectoryService[] | null;
}

const filled = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== '';

/** The entry's texts in the language where it has them; its services when it has as many as the English (each keeps its English id). */
function inLanguage<T extends { description?: string | null; services?: DirectoryService[] | null }>(english: T, translated: Translated | undefined): T {
  if (!translated) return english;
  const services = english.services ?? [];
  const theirs = translated.services ?? [];
  return {
    ...english,
    description: filled(translated.description) ? translated.description : english.description,
    services:
      theirs.length === services.length && theirs.length > 0
        ? theirs.map((service, index) => ({ ...services[index], ...service, counties: services[index]?.counties, status: services[index]?.status, idName: services[index]?.name }))
        : services,
  };
}

/** The key of Maine STEN's own organization: a single type has no documentId worth keeping. */
export const MAINE_STEN_KEY = 'maine-sten';
const agencyKey = (documentId: string) => `council-agency:${documentId}`;

const newest = (...stamps: (string | Date | null | undefined)[]) =>
  new Date(Math.max(...stamps.map((stamp) => (stamp ? new Date(stamp).getTime() : 0)))).toISOString();

/** Maine STEN's entry (from "Maine STEN in the directory" and Site settings), or null while it has no published name. */
export async function mainSten(strapi: Core.Strapi, locale = LOCALE): Promise<DirectoryEntry | null> {
  const profiles = strapi.documents('api::directory-profile.directory-profile');
  const [english, settings, translated] = await Promise.all([
    profiles.findFirst({ status: 'published', locale: LOCALE, populate: { services: SERVICES } }),
    strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published', locale: LOCALE, fields: ['contactEmail', 'updatedAt'] }),
    locale === LOCALE ? null : profiles.findFirst({ status: 'published', locale, fields: ['description'], populate: { services: SERVICES } }),
  ]);
  const profile = english && inLanguage(english as typeof english & Translated, (translated ?? undefined) as Translated | undefined);
  if (!profile?.name) return null;
  return {
    key: MAINE_STEN_KEY,
    name: profile.name,
    alternateName: profile.alternateName,
    description: profile.description,
    email: settings?.contactEmail,
    website: cmsSettings().SITE_URL,
    services: profile.services,
    updatedAt: newest(profile.updatedAt, settings?.updatedAt),
  };
}

/** One agency's entry, with its documentId. */
export interface AgencyEntry {
  documentId: string;
  entry: DirectoryEntry;
}

/**
 * The published agencies `filters` keeps, in the directory's order (`start`, `limit`: a part of
 * them), as entries in `locale`. `texts` reads only their names, descriptions and services' names
 * and descriptions: enough to search and to count services, not to answer.
 */
export async function agencyEntries(
  strapi: Core.Strapi,
  locale: string,
  { filters, start, limit, reading = 'whole' }: { filters: AgencyFilters; start?: number; limit?: number; reading?: Reading },
): Promise<AgencyEntry[]> {
  const documents = strapi.documents(AGENCY);
  const english = (await documents.findMany({
    status: 'published',
    locale: LOCALE,
    filters: { $and: [NAMED, filters] },
    sort: ['order:asc', 'name:asc'],
    ...(start === undefined ? {} : { start }),
    ...(limit === undefined ? {} : { limit }),
    ...READ[reading].english,
  })) as AgencyRow[];
  const translated =
    locale === LOCALE || english.length === 0
      ? []
      : ((await documents.findMany({
          status: 'published',
          locale,
          filters: { documentId: { $in: english.map(({ documentId }) => documentId) } },
          ...READ[reading].translated,
        })) as AgencyRow[]);
  const byId = new Map(translated.map((agency) => [agency.documentId, agency]));
  return english.map((english) => {
    const agency = inLanguage(english, byId.get(english.documentId));
    const entry: DirectoryEntry = {
      key: agencyKey(agency.documentId),
      name: agency.name ?? '',
      description: agency.description,
      email: agency.email,
      website: agency.website,
      phone: agency.phone,
      address: agency.address,
      counties: agency.counties,
      languages: agency.languages,
      services: agency.services,
      updatedAt: newest(agency.updatedAt),
    };
    return { documentId: agency.documentId, entry };
  });
}

/** How many published agencies `filters` keeps. */
export const agencyCount = (strapi: Core.Strapi, filters: AgencyFilters) =>
  strapi.documents(AGENCY).count({ status: 'published', locale: LOCALE, filters: { $and: [NAMED, filters] } });

/**
 * The documentId of the published agency an HSDS organization id names, or undefined. Ids are
 * hashes (ids.ts): the agencies' documentIds, one column, are hashed until one gives it.
 */
export async function agencyNamed(strapi: Core.Strapi, id: string): Promise<string | undefined> {
  const agencies = (await strapi.db.query(AGENCY).findMany({
    where: { locale: LOCALE, publishedAt: { $notNull: true } },
    select: ['documentId'],
  })) as { documentId: string }[];
  return agencies.find(({ documentId }) => organizationId({ key: agencyKey(documentId) }) === id)?.documentId;
}

/**
 * The documentIds of the published agencies that hold each word (databaseWords) in a text `list`
 * searches, in their English or `locale` version; undefined when no word is asked. Each word
 * narrows the agencies the one before it left.
 */
export async function agenciesWithWords(strapi: Core.Strapi, locale: string, words: string[], list: Searching): Promise<string[] | undefined> {
  if (words.length === 0) return undefined;
  let found: string[] | undefined;
  for (const word of words) {
    const rows = (await strapi.db.query(AGENCY).findMany({
      where: {
        locale: { $in: [...new Set([LOCALE, locale])] },
        publishedAt: { $notNull: true },
        ...(found ? { documentId: { $in: found } } : {}),
        ...wordWhere(word, list),
      },
      select: ['documentId'],
    })) as { documentId: string }[];
    found = [...new Set(rows.map(({ documentId }) => documentId))];
    if (found.length === 0) break;
  }
  return found;
}

/** The whole published directory: what an entry asked for by its id is found in. */
export async function publishedDirectory(strapi: Core.Strapi, locale = LOCALE): Promise<DirectoryEntry[]> {
  const [sten, agencies] = await Promise.all([mainSten(strapi, locale), agencyEntries(strapi, locale, { filters: {} })]);
  return [...(sten ? [sten] : []), ...agencies.map(({ entry }) => entry)];
}
