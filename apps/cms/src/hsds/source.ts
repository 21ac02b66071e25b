// The directory as it is published, in English (referral systems import one language): Maine STEN
// first, then the council agencies in the directory's order.
import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../settings';
import type { DirectoryEntry } from './map';

const SERVICES = { populate: { counties: true } } as const;
const LOCALE = 'en';

/** The key of Maine STEN's own organization: a single type has no documentId worth keeping. */
export const MAINE_STEN_KEY = 'maine-sten';

const newest = (...stamps: (string | Date | null | undefined)[]) =>
  new Date(Math.max(...stamps.map((stamp) => (stamp ? new Date(stamp).getTime() : 0)))).toISOString();

export async function publishedDirectory(strapi: Core.Strapi): Promise<DirectoryEntry[]> {
  const [profile, settings, agencies] = await Promise.all([
    strapi.documents('api::directory-profile.directory-profile').findFirst({ status: 'published', locale: LOCALE, populate: { services: SERVICES } }),
    strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published', locale: LOCALE, fields: ['contactEmail', 'updatedAt'] }),
    strapi.documents('api::council-agency.council-agency').findMany({
      status: 'published',
      locale: LOCALE,
      sort: ['order:asc', 'name:asc'],
      populate: { address: true, counties: true, languages: true, services: SERVICES },
    }),
  ]);
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
