// Draft preview: the CMS's "Open preview" link carries PREVIEW_SECRET; the site then sets an
// HTTP-only cookie whose value is an HMAC of that secret (so it cannot be forged), and every page
// in that browser is rendered from drafts, never cached, with a visible banner.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '$env/dynamic/private';

export const PREVIEW_COOKIE = 'sten_preview';

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const previewEnabled = (): boolean => Boolean(env.PREVIEW_SECRET);

export const isPreviewSecret = (given: string | null): boolean =>
  previewEnabled() && given !== null && equal(given, env.PREVIEW_SECRET!);

export const previewCookieValue = (): string =>
  createHmac('sha256', env.PREVIEW_SECRET!).update('maine-sten-preview').digest('base64url');

export const isPreviewCookie = (value: string | undefined): boolean =>
  previewEnabled() && value !== undefined && equal(value, previewCookieValue());

/** Where a CMS entry shows on the site. */
export function sitePathFor(uid: string, slug: string | null): string {
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
