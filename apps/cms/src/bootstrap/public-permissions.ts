// The anonymous ("Public") role may read published content and nothing else: set on every start,
// so a fresh database works at once and a stray grant (users-permissions gives the public role its
// sign-up, login and password-reset routes by default) never survives. Those auth routes are
// granted only while public accounts are switched on (USERS_REGISTRATION_ENABLED=true), also when
// that is switched on for a database that started without it.
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../content-types';

/** Read access to every public type: find and findOne of a collection, find of a single type. */
export const PUBLIC_READ_ACTIONS: readonly string[] = Object.values(CONTENT_TYPES)
  .filter((type) => type.access === 'public')
  .flatMap((type) => (type.kind === 'collection' ? [`${type.uid}.find`, `${type.uid}.findOne`] : [`${type.uid}.find`]));

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

const ACCOUNT_ACTIONS_PREFIX = 'plugin::users-permissions.auth.';
/** What users-permissions grants the public role on a new database (its DEFAULT_PERMISSIONS). */
export const PUBLIC_ACCOUNT_ACTIONS = [
  'callback',
  'connect',
  'forgotPassword',
  'resetPassword',
  'register',
  'emailConfirmation',
  'sendEmailConfirmation',
  'refresh',
].map((action) => `${ACCOUNT_ACTIONS_PREFIX}${action}`);

export interface PublicAccessChange {
  granted: string[];
  revoked: string[];
}

export async function setPublicAccess(strapi: Core.Strapi, { accounts }: { accounts: boolean }): Promise<PublicAccessChange> {
  const publicRole = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions "public" role is missing.');

  const existing: { id: number; action: string }[] = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: publicRole.id }, select: ['id', 'action'] });
  const allowed = (action: string) =>
    PUBLIC_READ_ACTIONS.includes(action) || (accounts && action.startsWith(ACCOUNT_ACTIONS_PREFIX));

  const present = new Set(existing.map((permission) => permission.action));
  const granted = [...PUBLIC_READ_ACTIONS, ...(accounts ? PUBLIC_ACCOUNT_ACTIONS : [])].filter((action) => !present.has(action));
  for (const action of granted) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: publicRole.id } });
  }
  const stray = existing.filter((permission) => !allowed(permission.action));
  for (const permission of stray) {
    await strapi.db.query(PERMISSION_UID).delete({ where: { id: permission.id } });
  }
  return { granted, revoked: stray.map((permission) => permission.action) };
}
