// The anonymous ("Public") role may read published content and nothing else. Granted on every
// start so a fresh database works at once; only missing grants are added.
import type { Core } from '@strapi/strapi';

export const PUBLIC_READ_ACTIONS = [
  'api::faq.faq.find',
  'api::faq.faq.findOne',
  'api::guiding-principle.guiding-principle.find',
  'api::guiding-principle.guiding-principle.findOne',
  'api::council-agency.council-agency.find',
  'api::council-agency.council-agency.findOne',
  'api::resource.resource.find',
  'api::resource.resource.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::site-setting.site-setting.find',
] as const;

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

export async function grantPublicReadAccess(strapi: Core.Strapi): Promise<string[]> {
  const publicRole = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions "public" role is missing.');

  const existing: { action: string }[] = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: publicRole.id }, select: ['action'] });
  const granted = new Set(existing.map((permission) => permission.action));
  const missing = PUBLIC_READ_ACTIONS.filter((action) => !granted.has(action));

  for (const action of missing) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: publicRole.id } });
  }
  return missing;
}
