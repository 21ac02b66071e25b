// Strapi's two staff roles, set on every start so they always cover this site's content types:
// - Editor: creates, edits, publishes and deletes any content, including site settings.
// - Author: reads everything but form submissions, writes drafts of their own entries; cannot
//   publish, and cannot change site settings (the hotline numbers).
// Both may use the media library. Role names and users stay editable in the admin.
import type { Core } from '@strapi/strapi';
import { isSubmissionType } from './submissions';

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

export function authorPermissions(all: PermissionSpec[]): PermissionSpec[] {
  return all
    .filter(({ action, subject }) => {
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

export async function configureEditorRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const author = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
  const all = await withAllLocales(strapi, contentPermissions(strapi));
  if (editor) await roles.assignPermissions(editor.id, [...all, ...UPLOAD_PERMISSIONS]);
  if (author) await roles.assignPermissions(author.id, [...authorPermissions(all), ...UPLOAD_PERMISSIONS]);
}
