// The directory as Open Referral HSDS 3.0.1 objects: Maine STEN (from "Maine STEN in the
// directory" and Site settings) and each published council agency become organizations, and their
// services become services. Only what editors entered is exported; an optional field left empty is
// left out, never filled with a guess.
import { stableId } from './ids';

export const HSDS_VERSION = '3.0.1';

// As Strapi's generated types give them: every field may be missing (the schema's `required`
// holds for the admin's forms, not for rows written another way), so each is checked here.
type Maybe<T> = T | null | undefined;

export interface DirectoryService {
  name?: Maybe<string>;
  /** In another language: the English name, which the service's id is made from (one id in every language). */
  idName?: Maybe<string>;
  description?: Maybe<string>;
  status?: Maybe<'active' | 'inactive' | 'defunct' | 'temporarily closed'>;
  counties?: Maybe<{ county?: Maybe<string> }[]>;
  howToApply?: Maybe<string>;
}

export interface DirectoryAddress {
  street?: Maybe<string>;
  street2?: Maybe<string>;
  city?: Maybe<string>;
  state?: Maybe<string>;
  postalCode?: Maybe<string>;
}

/** What an organization is made from: a council agency, or Maine STEN itself. */
export interface DirectoryEntry {
  /** A name that never changes for this entry: the source of its UUID. */
  key: string;
  name: string;
  alternateName?: Maybe<string>;
  description?: Maybe<string>;
  email?: Maybe<string>;
  website?: Maybe<string>;
  phone?: Maybe<string>;
  address?: Maybe<DirectoryAddress>;
  counties?: Maybe<{ county?: Maybe<string> }[]>;
  languages?: Maybe<{ name?: Maybe<string>; code?: Maybe<string> }[]>;
  services?: Maybe<DirectoryService[]>;
  updatedAt: string;
}

export const present = (value: Maybe<string>): value is string => typeof value === 'string' && value.trim() !== '';

/** The object without the keys whose value is missing, so no empty field reaches a consumer. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

export const organizationId = (entry: Pick<DirectoryEntry, 'key'>) => stableId(`organization:${entry.key}`);
// Named after the service's name: components get new row ids on every save, names do not.
export const serviceId = (entry: Pick<DirectoryEntry, 'key'>, service: { name: string; idName?: Maybe<string> }) =>
  stableId(`service:${entry.key}:${(service.idName ?? service.name).trim().toLowerCase()}`);

/** A complete address, as HSDS needs it (street, city, state, ZIP), or none. */
function completeAddress(address: Maybe<DirectoryAddress>) {
  if (!address || !present(address.street) || !present(address.city) || !present(address.state) || !present(address.postalCode)) return null;
  return { street: address.street, street2: address.street2, city: address.city, state: address.state, postalCode: address.postalCode };
}

const countiesOf = (list: Maybe<{ county?: Maybe<string> }[]>) => (list ?? []).map(({ county }) => county).filter(present);


/** What describes an agency with no description yet: what is known for certain (after its name). */
export const UNDESCRIBED = 'takes part in the Maine STEN Provider Council.';

/** An agency with no description yet is still described by what is known for certain. */
export const describe = (entry: DirectoryEntry) => (present(entry.description) ? entry.description.trim() : `${entry.name} ${UNDESCRIBED}`);

export type HsdsOrganization = Record<string, unknown> & { id: string; name: string; description: string };
export type HsdsService = Record<string, unknown> & { id: string; organization_id: string; name: string; description?: string; status: string; last_modified: string };

export function toOrganization(entry: DirectoryEntry): HsdsOrganization {
  const id = organizationId(entry);
  const phone = present(entry.phone) ? [{ id: stableId(`phone:${id}`), organization_id: id, number: entry.phone.trim(), type: 'voice' }] : [];
  const address = completeAddress(entry.address);
  const location = address
    ? [
        compact({
          id: stableId(`location:${id}`),
          organization_id: id,
          location_type: 'physical',
          name: entry.name,
          addresses: [
            compact({
              id: stableId(`address:${id}`),
              location_id: stableId(`location:${id}`),
              address_1: address.street,
              address_2: address.street2 ?? undefined,
              city: address.city,
              state_province: address.state,
              postal_code: address.postalCode,
              country: 'US',
              address_type: 'physical',
            }),
          ],
          languages: languagesOf(entry, { location_id: stableId(`location:${id}`) }),
        }),
      ]
    : [];
  return compact({
    id,
    name: entry.name,
    alternate_name: entry.alternateName ?? undefined,
    description: describe(entry),
    email: present(entry.email) ? entry.email.trim() : undefined,
    website: present(entry.website) ? entry.website.trim() : undefined,
    phones: phone,
    locations: location,
  });
}

function languagesOf(entry: DirectoryEntry, owner: { service_id: string } | { location_id: string }) {
  const ownerId = 'service_id' in owner ? owner.service_id : owner.location_id;
  return (entry.languages ?? [])
    .filter((language): language is { name: string; code?: Maybe<string> } => present(language.name))
    .map((language) => compact({ id: stableId(`language:${ownerId}:${language.name}`), ...owner, name: language.name, code: language.code ?? undefined }));
}

function toService(entry: DirectoryEntry, service: NamedService): HsdsService {
  const id = serviceId(entry, service);
  // A service's own counties; without them, the agency's.
  const own = countiesOf(service.counties);
  const counties = own.length > 0 ? own : countiesOf(entry.counties);
  return compact({
    id,
    organization_id: organizationId(entry),
    name: service.name,
    description: present(service.description) ? service.description.trim() : undefined,
    status: service.status ?? 'active',
    application_process: present(service.howToApply) ? service.howToApply.trim() : undefined,
    last_modified: new Date(entry.updatedAt).toISOString(),
    service_areas: counties.map((county) => ({
      id: stableId(`service-area:${id}:${county}`),
      service_id: id,
      name: `${county} County, Maine`,
      extent_type: 'county',
    })),
    languages: languagesOf(entry, { service_id: id }),
  });
}

export type NamedService = DirectoryService & { name: string };

/** The entry's services the directory lists: those with a name. */
export const namedServices = (entry: DirectoryEntry): NamedService[] =>
  (entry.services ?? []).filter((service): service is NamedService => present(service.name));

/** Every service of the entries (or those `keep` keeps), with the organization that gives it. */
export function servicesOf(
  entries: DirectoryEntry[],
  keep: (entry: DirectoryEntry, service: NamedService) => boolean = () => true,
): { service: HsdsService; entry: DirectoryEntry }[] {
  return entries.flatMap((entry) =>
    namedServices(entry)
      .filter((service) => keep(entry, service))
      .map((service) => ({ service: toService(entry, service), entry })),
  );
}

/** A service as the API gives it: with its organization's own fields (without the organization's lists). */
export function withOrganization({ service, entry }: { service: HsdsService; entry: DirectoryEntry }) {
  const { phones: _phones, locations: _locations, ...organization } = toOrganization(entry);
  return { ...service, organization };
}
