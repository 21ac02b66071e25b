// Draft preview: the CMS's "Open preview" link carries PREVIEW_SECRET; the site then sets an
// HTTP-only cookie whose value is an HMAC of that secret (so it cannot be forged), and every page
// in that browser is rendered from drafts, never cached, with a visible banner.
import { createHmac } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { isSlug } from '$lib/slug';
import { sameSecret } from './secrets';

export const PREVIEW_COOKIE = 'sten_preview';

export const previewEnabled = (): boolean => Boolean(env.PREVIEW_SECRET);

export const isPreviewSecret = (given: string | null): boolean => previewEnabled() && sameSecret(given, env.PREVIEW_SECRET);

export const previewCookieValue = (): string =>
  createHmac('sha256', env.PREVIEW_SECRET!).update('maine-sten-preview').digest('base64url');

export const isPreviewCookie = (value: string | undefined): boolean =>
  previewEnabled() && sameSecret(value, previewCookieValue());

/**
 * Where a CMS entry shows on the site, or null when the slug is not one the CMS makes (lowercase
 * words and dashes): `//evil.example` or a CR/LF must never become a redirect target.
 */
export function sitePathFor(uid: string, slug: string | null): string | null {
  if (slug !== null && slug !== '' && !isSlug(slug)) return null;
  switch (uid) {
    case 'api::page.page':
      return !slug || slug === 'home' ? '/' : `/${slug}`;
    case 'api::faq.faq':
      return slug ? `/faq#${slug}` : '/faq';
    case 'api::guiding-principle.guiding-principle':
      return '/philosophy';
    case 'api::council-agency.council-agency':
      return '/provider-council';
    case 'api::resource.resource':
      return '/resources';
    default:
      return '/';
  }
}
