// The site's languages: English (the default, where every entry starts) and the translations
// editors can add with the admin's locale switcher. Created on start when missing; a locale added
// in the admin later needs nothing here (docs/editing.md, "Adding a language").
import type { Core } from '@strapi/strapi';

export const LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'es', name: 'Spanish (es)' },
  { code: 'fr', name: 'French (fr)' },
] as const;

interface LocalesService {
  find: () => Promise<{ code: string }[]>;
  create: (locale: { code: string; name: string; isDefault?: boolean }) => Promise<unknown>;
  setDefaultLocale: (locale: { code: string }) => Promise<void>;
}

export async function ensureLocales(strapi: Core.Strapi): Promise<string[]> {
  const service = strapi.plugin('i18n').service('locales') as LocalesService;
  const existing = new Set((await service.find()).map((locale) => locale.code));
  const created: string[] = [];
  for (const locale of LOCALES) {
    if (existing.has(locale.code)) continue;
    await service.create({ ...locale });
    created.push(locale.code);
  }
  return created;
}
