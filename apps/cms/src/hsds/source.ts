// The directory as it is published, in English or in another language (referral systems import one
// language at a time): Maine STEN first, then the council agencies in the directory's order. In
// another language, each description and service comes from that language's published version
// where it has one, and from the English otherwise; ids stay the English's.
import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../settings';
import type { DirectoryEntry, DirectoryService } from './map';

const SERVICES = { populate: { counties: true } } as const;
const LOCALE = 'en';

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

/** The published descriptions and services of one language, by documentId ('' for the directory profile). */
async function translations(strapi: Core.Strapi, locale: string): Promise<Map<string, Translated>> {
  const [profile, agencies] = await Promise.all([
    strapi.documents('api::directory-profile.directory-profile').findFirst({ status: 'published', locale, fields: ['description'], populate: { services: SERVICES } }),
    strapi.documents('api::council-agency.council-agency').findMany({ status: 'published', locale, fields: ['description'], populate: { services: SERVICES } }),
  ]);
  const byId = new Map<string, Translated>(agencies.map((agency) => [agency.documentId, agency as Translated]));
  if (profile) byId.set('', profile as Translated);
  return byId;
}

/** The key of Maine STEN's own organization: a single type has no documentId worth keeping. */
export const MAINE_STEN_KEY = 'maine-sten';

const newest = (...stamps: (string | Date | null | undefined)[]) =>
  new Date(Math.max(...stamps.map((stamp) => (stamp ? new Date(stamp).getTime() : 0)))).toISOString();

export async function publishedDirectory(strapi: Core.Strapi, locale = LOCALE): Promise<DirectoryEntry[]> {
  const [english, settings, englishAgencies, translated] = await Promise.all([
    strapi.documents('api::directory-profile.directory-profile').findFirst({ status: 'published', locale: LOCALE, populate: { services: SERVICES } }),
    strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published', locale: LOCALE, fields: ['contactEmail', 'updatedAt'] }),
    strapi.documents('api::council-agency.council-agency').findMany({
      status: 'published',
      locale: LOCALE,
      sort: ['order:asc', 'name:asc'],
      populate: { address: true, counties: true, languages: true, services: SERVICES },
    }),
    locale === LOCALE ? new Map<string, Translated>() : translations(strapi, locale),
  ]);
  const profile = english && inLanguage(english as typeof english & Translated, translated.get(''));
  const agencies = englishAgencies.map((agency) => inLanguage(agency as typeof agency & Translated, translated.get(agency.documentId)));
  const entries: DirectoryEntry[] = [];
  if (profile?.name) {
    entries.push({
      key: MAINE_STEN_KEY,
      name: profile.name,
      alternateName: profile.alternateName,
      description: profile.description,
      email: settings?.contactEmail,
      website: cmsSettings().SITE_URL,
      services: profile.services,
      updatedAt: newest(profile.updatedAt, settings?.updatedAt),
    });
  }
  for (const agency of agencies) {
    if (!agency.name) continue;
    entries.push({
      key: `council-agency:${agency.documentId}`,
      name: agency.name,
      description: agency.description,
      email: agency.email,
      website: agency.website,
      phone: agency.phone,
      address: agency.address,
      counties: agency.counties,
      languages: agency.languages,
      services: agency.services,
      updatedAt: newest(agency.updatedAt),
    });
  }
  return entries;
}
