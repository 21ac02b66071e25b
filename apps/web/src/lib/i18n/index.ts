// Languages of the site. English lives at /…, every other language under its prefix (/es/…,
// /fr/…). The interface text is Paraglide's typed messages (messages/<locale>.json, compiled into
// src/lib/generated/paraglide); the locale of a request is set by hooks.server.ts.
import { baseLocale, getLocale, getTextDirection, isLocale, locales, type Locale } from '$lib/generated/paraglide/runtime.js';

import { m } from '$lib/generated/paraglide/messages.js';

export { m };
export { baseLocale, getLocale, locales, type Locale };

/** Paths that are the same in every language (files, feeds, the CMS's endpoints). */
const UNLOCALIZED = /^\/(?:api|uploads|sitemap\.xml|robots\.txt|donate|_app)(?:\/|$)/;

/** The language a path is in, and the path without its language prefix ("/es/faq" → es, "/faq"). */
export function localeFromPath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)(\/.*)?$/.exec(pathname);
  const prefix = match?.[1];
  if (prefix && prefix !== baseLocale && isLocale(prefix)) {
    const path = match[2] || '/';
    if (!UNLOCALIZED.test(path)) return { locale: prefix, path };
  }
  return { locale: baseLocale, path: pathname };
}

/** A site path ("/faq", "/") in a language: "/es/faq", "/es"; English keeps the path as it is. */
export const localizedPath = (path: string, locale: Locale): string =>
  locale === baseLocale || UNLOCALIZED.test(path) ? path : `/${locale}${path === '/' ? '' : path}`;

/** "ltr" or "rtl", from the locale's script, so a right-to-left language needs no code. */
export const textDirection = (locale: string): 'ltr' | 'rtl' => getTextDirection(locale as Locale);

/** Each language's name in itself, for the switcher (English, Español, Français). */
export const languageName = (locale: Locale): string => m.languageName({}, { locale });

/** A `lang` for text in another language than the page's (not translated yet); else nothing. */
export const otherLang = (lang: Locale): Locale | undefined => (lang === getLocale() ? undefined : lang);
