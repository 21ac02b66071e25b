// Who at the organisation is emailed: the staff address in Site settings (told of each contact
// message and training request), and for what every decider must know (a hotline change, a
// partner webhook turned off) every active Editor and administrator as well.
import type { Core } from '@strapi/strapi';
import { DECIDERS } from '../hotline/deciders';

/** The staff address in Site settings, or null when none is set. */
export async function staffAddress(strapi: Core.Strapi): Promise<string | null> {
  const settings = (await strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published' })) as
    | { notificationEmail?: string | null }
    | null;
  return settings?.notificationEmail || null;
}

/** Every active Editor and administrator, and the staff address: each once, in lower case. */
export async function staffRecipients(strapi: Core.Strapi): Promise<string[]> {
  const users = (await strapi.db.query('admin::user').findMany({ where: { isActive: true, roles: { code: { $in: DECIDERS } } }, select: ['email'] })) as { email: string }[];
  const address = await staffAddress(strapi);
  return [...new Set([...users.map((user) => user.email), ...(address ? [address] : [])].map((email) => email.toLowerCase()))];
}
