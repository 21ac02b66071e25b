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
