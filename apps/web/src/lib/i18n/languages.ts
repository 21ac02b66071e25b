// The languages the site speaks: the ones compiled in (Paraglide, messages/<locale>.json, typed and
// checked by the typecheck) and the ones an administrator added in the CMS, whose interface
// messages are read at run time (src/lib/server/content/languages.ts fills them in from the CMS's
// api/site-language). An added language is here only once it is complete: every message and every
// published entry translated, so nothing of it shows half in English.
import { baseLocale, locales as compiledLocales, type Locale as CompiledLocale } from '$lib/generated/paraglide/runtime.js';

/** The shape of a language code the site takes, in a path's prefix or from the CMS ("pt", "pt-BR"). */
export const LOCALE_CODE = /[a-z]{2,3}(?:-[A-Za-z0-9]+)?/;

/** A language code of the site: a compiled one, or one added in the CMS. */
export type Locale = string;

export interface AddedLanguage {
  code: string;
  /** Every English message's key, with the language's text ({placeholders} as in English). */
  messages: Record<string, string>;
}

let added = new Map<string, Record<string, string>>();

export const isCompiledLocale = (locale: string): locale is CompiledLocale => (compiledLocales as readonly string[]).includes(locale);

const signature = () => JSON.stringify([...added]);

/**
 * Replaces the added languages (a compiled code is never taken from the CMS); returns whether the
 * languages or their texts changed, which changes every page's language switcher, or the pages in
 * that language.
 */
export function setAddedLanguages(languages: readonly AddedLanguage[]): boolean {
  const before = signature();
  added = new Map(languages.filter(({ code }) => code !== baseLocale && !isCompiledLocale(code)).map(({ code, messages }) => [code, messages]));
  return signature() !== before;
}

/** Every language the site serves and offers, English first, then the compiled ones, then the added ones. */
export const siteLocales = (): readonly Locale[] => [...compiledLocales, ...added.keys()];

export const isSiteLocale = (locale: string): boolean => isCompiledLocale(locale) || added.has(locale);

/** An added language's text for a message key (undefined for a compiled language). */
export const addedMessage = (locale: string, key: string): string | undefined => added.get(locale)?.[key];
