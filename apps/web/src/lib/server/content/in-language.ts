// Language fallback: what a language has not translated yet is shown in English, marked so.
// Languages hold only what has been translated (see docs/api.md).
import { ContentMissingError, type ContentClient } from '@maine-sten/content-client';
import { baseLocale, type Locale } from '$lib/i18n';
import type { Read } from './store';
import type { ContentOptions, InLanguage, SiteSettings } from './types';

/** Entries in a language, in the English order: translated ones as translated, the others in English (marked so). */
export async function inLanguage<T extends { documentId: string }>(
  read: Read,
  key: string,
  load: (content: ContentClient) => Promise<T[]>,
  options: ContentOptions,
): Promise<InLanguage<T>[]> {
  const { locale = baseLocale } = options;
  const english = await read(key, load, { ...options, locale: baseLocale });
  if (locale === baseLocale) return english.map((entry) => ({ ...entry, lang: baseLocale }));
  const translated = new Map((await read(key, load, options)).map((entry) => [entry.documentId, entry]));
  return english.map((entry) => {
    const translation = translated.get(entry.documentId);
    return translation ? { ...translation, lang: locale } : { ...entry, lang: baseLocale };
  });
}

/** The settings in a language; one without its own version yet uses the English one. */
export async function siteSettingsIn(read: Read, options: ContentOptions): Promise<SiteSettings> {
  const settingsIn = (locale?: Locale) => read('settings', (c) => c.getSiteSettings(), { ...options, locale });
  if ((options.locale ?? baseLocale) === baseLocale) return settingsIn(baseLocale);
  return settingsIn(options.locale).catch((error: unknown) => {
    if (error instanceof ContentMissingError) return settingsIn(baseLocale);
    throw error;
  });
}
