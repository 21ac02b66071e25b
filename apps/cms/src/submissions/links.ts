// Addresses written into emails: the entry in the admin (for staff) and the website's and the CMS's
// newsletter links (for subscribers).
import type { Core } from '@strapi/strapi';

export function adminEntryUrl(strapi: Core.Strapi, uid: string, documentId: string): string {
  const admin = String(strapi.config.get('admin.absoluteUrl', 'http://localhost:1337/admin')).replace(/\/$/, '');
  return `${admin}/content-manager/collection-types/${uid}/${documentId}`;
}

const siteUrl = () => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** The site's page in a language: English at /…, the others under their prefix (/es/…). */
const sitePage = (path: string, language: string) => `${siteUrl()}${language === 'en' ? '' : `/${language}`}${path}`;

export const confirmUrl = (token: string, language = 'en') =>
  `${sitePage('/newsletter/confirm', language)}?token=${encodeURIComponent(token)}`;
export const unsubscribePageUrl = (token: string, language = 'en') =>
  `${sitePage('/newsletter/unsubscribe', language)}?token=${encodeURIComponent(token)}`;

/** RFC 8058 one-click target: a POST here unsubscribes, with no page and no cookie. */
export function oneClickUnsubscribeUrl(strapi: Core.Strapi, token: string): string {
  const server = String(strapi.config.get('server.absoluteUrl', 'http://localhost:1337')).replace(/\/$/, '');
  return `${server}/api/newsletter-subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
}
