// Languages of the site. English lives at /…, every other language under its prefix (/es/…,
// /fr/…). The interface text is Paraglide's typed messages (messages/<locale>.json, compiled into
// src/lib/generated/paraglide) for the languages compiled in, and, for a language an administrator
// added in the CMS, the texts imported there (languages.ts); `m` reads whichever the language has.
// The locale of a request is set by hooks.server.ts.
import { baseLocale, getLocale as compiledGetLocale, getTextDirection } from '$lib/generated/paraglide/runtime.js';
import { m as compiled } from '$lib/generated/paraglide/messages.js';
import { addedMessage, isCompiledLocale, isSiteLocale, LOCALE_CODE, siteLocales, type Locale } from './languages';

export { baseLocale, isSiteLocale, siteLocales, type Locale };

type Compiled = typeof compiled;
/** The messages, each typed by its inputs, in the request's language or the one given. */
export type Messages = { [K in keyof Compiled]: (inputs?: Parameters<Compiled[K]>[0], options?: { locale?: Locale }) => string };

/** The request's language (set per request by src/lib/server/request-locale.ts). */
export const getLocale = (): Locale => compiledGetLocale();

const fill = (text: string, inputs: Record<string, unknown> = {}) => text.replace(/\{(\w+)\}/g, (token, name: string) => (name in inputs ? String(inputs[name]) : token));

export const m = Object.fromEntries(
  Object.entries(compiled).map(([key, message]) => {
    const compiledMessage = message as (inputs?: Record<string, unknown>, options?: { locale?: Locale }) => string;
    const localized = (inputs?: Record<string, unknown>, options?: { locale?: Locale }) => {
      const locale = options?.locale ?? getLocale();
      if (isCompiledLocale(locale)) return compiledMessage(inputs, { locale });
      const text = addedMessage(locale, key);
      // An added language is served only when complete; English stands in for a key added since.
      return text === undefined ? compiledMessage(inputs, { locale: baseLocale }) : fill(text, inputs);
    };
    return [key, localized];
  }),
) as unknown as Messages;

/** Paths that are the same in every language (files, feeds, the CMS's endpoints). */
const UNLOCALIZED = /^\/(?:api|uploads|sitemap\.xml|robots\.txt|donate|_app)(?:\/|$)/;

const PREFIXED = new RegExp(`^/(${LOCALE_CODE.source})(/.*)?$`);

/** The language a path is in, and the path without its language prefix ("/es/faq" → es, "/faq"). */
export function localeFromPath(pathname: string): { locale: Locale; path: string } {
  const match = PREFIXED.exec(pathname);
  const prefix = match?.[1];
  if (prefix && prefix !== baseLocale && isSiteLocale(prefix)) {
    const path = match[2] || '/';
    if (!UNLOCALIZED.test(path)) return { locale: prefix, path };
  }
  return { locale: baseLocale, path: pathname };
}

/** A site path ("/faq", "/") in a language: "/es/faq", "/es"; English keeps the path as it is. */
export const localizedPath = (path: string, locale: Locale): string =>
  locale === baseLocale || UNLOCALIZED.test(path) ? path : `/${locale}${path === '/' ? '' : path}`;

/** "ltr" or "rtl", from the locale's script, so a right-to-left language needs no code. */
export const textDirection = (locale: string): 'ltr' | 'rtl' => getTextDirection(locale as Parameters<typeof getTextDirection>[0]);

/** Each language's name in itself, for the switcher (English, Español, Français). */
export const languageName = (locale: Locale): string => m.languageName({}, { locale });

/** A `lang` for text in another language than the page's (not translated yet); else nothing. */
export const otherLang = (lang: Locale): Locale | undefined => (lang === getLocale() ? undefined : lang);
