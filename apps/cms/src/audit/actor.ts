// Who is acting, for the audit log and the two-person rule: the signed-in admin user of the request
// (name, email, roles), an API token (its name), or the CMS itself (start-up, cron jobs).
import type { Core } from '@strapi/strapi';

export interface Actor {
  /** An admin user's id; null for a token or the system. */
  id: number | null;
  label: string;
  roles: string[];
}

export const SYSTEM: Actor = { id: null, label: 'CMS (system)', roles: [] };

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string;
  roles?: { code: string }[];
}

export const describeUser = (user: AdminUser): string =>
  `${[user.firstname, user.lastname].filter(Boolean).join(' ') || 'Admin user'} <${user.email ?? '?'}>`;

export function currentActor(strapi: Core.Strapi): Actor {
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: AdminUser; auth?: { strategy?: { name?: string }; credentials?: { name?: string } } } }
    | undefined;
  const user = ctx?.state?.user;
  if (user && typeof user.id === 'number' && Array.isArray(user.roles)) {
    return { id: user.id, label: describeUser(user), roles: user.roles.map((role) => role.code) };
  }
  const token = ctx?.state?.auth?.credentials?.name;
  if (token) return { id: null, label: `API token "${token}"`, roles: [] };
  return SYSTEM;
}
