// A fresh install can get its first administrator from ADMIN_EMAIL / ADMIN_PASSWORD instead of the
// /admin sign-up form. Only when no admin exists yet: it never changes an existing account.
import type { Core } from '@strapi/strapi';

export async function createFirstAdmin(
  strapi: Core.Strapi,
  { email, password }: { email?: string; password?: string },
): Promise<boolean> {
  if (!email || !password) return false;
  if ((await strapi.db.query('admin::user').count()) > 0) return false;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email,
    password,
    firstname: email.split('@')[0],
    isActive: true,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  return true;
}

/**
 * Without an administrator, /admin/register-admin lets whoever comes first take the CMS (a fresh
 * deployment, or a restore that lost the admins). In production the CMS refuses to start instead.
 */
export async function refuseToRunWithoutAdmin(strapi: Core.Strapi, nodeEnv: string | undefined): Promise<void> {
  if (nodeEnv !== 'production') return;
  if ((await strapi.db.query('admin::user').count()) > 0) return;
  throw new Error(
    'No administrator exists, and in production the CMS does not open its sign-up form to whoever comes first: ' +
      'set ADMIN_EMAIL and ADMIN_PASSWORD (at least 8 characters, a capital and a digit) to create one, or restore a backup that has one.',
  );
}
