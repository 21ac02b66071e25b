// Draft preview: the CMS's "Open preview" link carries PREVIEW_SECRET; the site then sets an
// HTTP-only cookie whose value is an HMAC of that secret (so it cannot be forged), and every page
// in that browser is rendered from drafts, never cached, with a visible banner.
import { PREVIEW_COOKIE, previewCookieFor } from './preview-cookie.js';
import { settings } from './settings.js';
import { baseLocale } from '$lib/i18n';
import { faqHref, HOME_SLUG, pageHref, type CollectionModel, type CollectionPages } from '$lib/links';
import { isSlug } from '$lib/slug';
import { sameSecret } from './secrets';

export { PREVIEW_COOKIE };

export const previewEnabled = (): boolean => Boolean(settings.PREVIEW_SECRET);

export const isPreviewSecret = (given: string | null): boolean => previewEnabled() && sameSecret(given, settings.PREVIEW_SECRET);

export const previewCookieValue = (): string => previewCookieFor(settings.PREVIEW_SECRET!);

export const isPreviewCookie = (value: string | undefined): boolean =>
  previewEnabled() && sameSecret(value, previewCookieValue());

/** A page's path in English (the preview route adds the language being edited). */
const pathOf = (pageSlug: string | undefined) => pageHref(pageSlug || HOME_SLUG, baseLocale);

/**
 * Where a CMS entry shows on the site (a collection's entry: on the page that embeds it, from
 * `homes`), or null when the slug is not one the CMS makes (lowercase words and dashes):
 * `//evil.example` or a CR/LF must never become a redirect target.
 */
export function sitePathFor(uid: string, slug: string | null, homes: CollectionPages): string | null {
  if (slug !== null && slug !== '' && !isSlug(slug)) return null;
  if (uid === 'api::page.page') return pathOf(slug ?? undefined);
  const model = /^api::([a-z-]+)\.\1$/.exec(uid)?.[1];
  const home = model && model in homes ? homes[model as CollectionModel] : undefined;
  if (home === undefined) return '/';
  return uid === 'api::faq.faq' && slug ? faqHref(home, slug, baseLocale) : pathOf(home);
}
