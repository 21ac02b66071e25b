// Strapi's two staff roles, which cover this site's content types:
// - Editor: creates, edits, publishes and deletes any content, including site settings.
//   The audit log and hotline changes (written by the CMS only) are read only.
// - Author: reads everything but form submissions, the audit log and hotline changes, writes
//   drafts of their own entries; cannot publish, and cannot change site settings (the hotline).
// Both may use the media library. Role names and users stay editable in the admin.
//
// Set in full once (a new database, or the first start of this version); after that a start only
// adds what is new since the last one (a content type, a field, a locale, an action), and never
// takes back or re-grants what an administrator changed in Settings > Roles. What was granted is
// remembered in Strapi's store, so "new" means "never granted before", not "missing now". A role
// that is missing (deleted in the admin) is created again with its permissions.
import type { Core } from '@strapi/strapi';
import { isSubmissionType, STAFF_MANAGED_TYPES, STAFF_ONLY_TYPES } from './submissions';

const CM = 'plugin::content-manager.explorer';
const SITE_SETTINGS = 'api::site-setting.site-setting';
const IS_CREATOR = 'admin::is-creator';

interface PermissionSpec {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

interface ActionDefinition {
  actionId: string;
  section: string;
  subjects?: string[];
}

const UPLOAD_PERMISSIONS: PermissionSpec[] = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action }));

function contentPermissions(strapi: Core.Strapi): PermissionSpec[] {
  const actions = (strapi.service('admin::permission').actionProvider.values() as ActionDefinition[]).filter(
    (action) => action.section === 'contentTypes',
  );
  const nonSiteSubjects = [...new Set(actions.flatMap((action) => action.subjects ?? []))].filter(
    (subject) => !subject.startsWith('api::'),
  );
  return strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(actions, { restrictedSubjects: nonSiteSubjects }) as PermissionSpec[];
}

const isStaffOnly = (subject: string | null | undefined) => (STAFF_ONLY_TYPES as readonly (string | null | undefined)[]).includes(subject);

/** Everything, but the audit log, the hotline changes and the webhook deliveries are read only (the CMS writes them). */
export const editorPermissions = (all: PermissionSpec[]): PermissionSpec[] =>
  all.filter(({ action, subject }) => !isStaffOnly(subject) || action === `${CM}.read`);

export function authorPermissions(all: PermissionSpec[]): PermissionSpec[] {
  return all
    .filter(({ action, subject }) => {
      if (isStaffOnly(subject) || (STAFF_MANAGED_TYPES as readonly (string | null | undefined)[]).includes(subject)) return false;
      if (action === `${CM}.publish`) return false;
      // Form submissions are personal data: Editors handle them, Authors do not see them.
      if (isSubmissionType(subject)) return false;
      return subject !== SITE_SETTINGS || action === `${CM}.read`;
    })
    .map((permission) =>
      permission.action === `${CM}.read` || permission.action === `${CM}.create`
        ? permission
        : { ...permission, conditions: [IS_CREATOR] },
    );
}

/** Translated types: each permission covers every language (a locale added later, on the next start). */
async function withAllLocales(strapi: Core.Strapi, permissions: PermissionSpec[]): Promise<PermissionSpec[]> {
  const { actionProvider } = strapi.service('admin::permission') as {
    actionProvider: { appliesToProperty: (property: string, action: string, subject?: string | null) => Promise<boolean> };
  };
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map((locale) => locale.code);
  return Promise.all(
    permissions.map(async (permission) =>
      (await actionProvider.appliesToProperty('locales', permission.action, permission.subject))
        ? { ...permission, properties: { ...permission.properties, locales } }
        : permission,
    ),
  );
}

interface StoredPermission extends PermissionSpec {
  id: number;
}

const ROLES = [
  { code: 'strapi-editor', name: 'Editor', description: 'Editors can manage and publish contents including those of other users.' },
  { code: 'strapi-author', name: 'Author', description: 'Authors can manage the content they have created.' },
] as const;
type RoleCode = (typeof ROLES)[number]['code'];

/** What each role was granted at earlier starts, as keys (see `grantKeys`). */
const grantedStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'maine-sten', key: 'editor-role-grants' });

const permissionKey = (permission: PermissionSpec) => `${permission.action}|${permission.subject ?? ''}`;

/** A permission's own key and one per field and locale it covers. */
function grantKeys(permission: PermissionSpec): string[] {
  const key = permissionKey(permission);
  const properties = Object.entries(permission.properties ?? {}).flatMap(([name, values]) =>
    Array.isArray(values) ? values.map((value) => `${key}|${name}:${String(value)}`) : [],
  );
  return [key, ...properties];
}

/** `wanted`'s property values (fields, locales) never granted before, added to `current`'s. */
function widened(current: StoredPermission, wanted: PermissionSpec, granted: Set<string>): Record<string, unknown> | null {
  const key = permissionKey(wanted);
  const properties: Record<string, unknown> = { ...current.properties };
  let changed = false;
  for (const [name, values] of Object.entries(wanted.properties ?? {})) {
    if (!Array.isArray(values)) continue;
    const have = Array.isArray(properties[name]) ? (properties[name] as unknown[]) : [];
    const fresh = values.filter((value) => !granted.has(`${key}|${name}:${String(value)}`) && !have.includes(value));
    if (fresh.length > 0) {
      properties[name] = [...have, ...fresh];
      changed = true;
    }
  }
  return changed ? properties : null;
}

async function addNewGrants(strapi: Core.Strapi, roleId: number, wanted: PermissionSpec[], granted: Set<string>): Promise<number> {
  const current = (await strapi.service('admin::permission').findMany({ where: { role: { id: roleId } } })) as StoredPermission[];
  const fresh: PermissionSpec[] = [];
  let widenedCount = 0;
  for (const permission of wanted) {
    if (!granted.has(permissionKey(permission))) {
      if (!current.some((have) => permissionKey(have) === permissionKey(permission))) fresh.push(permission);
      continue;
    }
    const have = current.find((candidate) => permissionKey(candidate) === permissionKey(permission));
    const properties = have && widened(have, permission, granted);
    if (have && properties) {
      await strapi.db.query('admin::permission').update({ where: { id: have.id }, data: { properties } });
      widenedCount += 1;
    }
  }
  if (fresh.length > 0) await strapi.service('admin::role').addPermissions(roleId, fresh);
  return fresh.length + widenedCount;
}

/** Sets up or extends both roles; returns how many permissions it added or widened per role. */
export async function configureEditorRoles(strapi: Core.Strapi): Promise<Record<RoleCode, number>> {
  const roles = strapi.service('admin::role');
  const all = await withAllLocales(strapi, contentPermissions(strapi));
  const wanted: Record<RoleCode, PermissionSpec[]> = {
    'strapi-editor': [...editorPermissions(all), ...UPLOAD_PERMISSIONS],
    'strapi-author': [...authorPermissions(all), ...UPLOAD_PERMISSIONS],
  };
  const store = grantedStore(strapi);
  const grants = ((await store.get()) ?? {}) as Partial<Record<RoleCode, string[]>>;
  const changes = { 'strapi-editor': 0, 'strapi-author': 0 };
  for (const { code, name, description } of ROLES) {
    let role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
    const earlier = grants[code];
    const created = !role;
    if (!role) role = (await roles.create({ name, code, description })) as { id: number };
    if (created || !earlier || earlier.length === 0) {
      await roles.assignPermissions(role.id, wanted[code]);
      changes[code] = wanted[code].length;
    } else {
      changes[code] = await addNewGrants(strapi, role.id, wanted[code], new Set(earlier));
    }
    grants[code] = [...new Set([...(earlier ?? []), ...wanted[code].flatMap(grantKeys)])];
  }
  await store.set({ value: grants });
  return changes;
}
