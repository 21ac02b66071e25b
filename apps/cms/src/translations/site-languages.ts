// The languages an administrator added in Strapi's settings, for the site (api/site-language): each
// with the interface messages imported for it and whether it is complete, that is, every interface
// message translated and every published English entry with words to translate published in it too
// (an agency with no description has nothing to translate: the site shows it as it is). The site serves and
// offers a complete one; until then, nothing of it shows. Spanish and French are not listed: their
// messages are the site's own files.
import type { Core } from '@strapi/strapi';
import { SOURCE_LOCALE } from './status';
import { trackedTypes, withWords } from './round-trip/entries';
import { hasMessageFile, siteMessages, storedMessages } from './round-trip/messages';
import { targetLocales } from './round-trip/summary';

export interface SiteLanguage {
  code: string;
  name: string;
  complete: boolean;
  /** English interface messages with no translation yet. */
  missingMessages: number;
  /** Published English entries with words to translate and no published version in the language. */
  missingEntries: number;
  messages: Record<string, string>;
}

async function unpublished(strapi: Core.Strapi, locale: string): Promise<number> {
  let missing = 0;
  for (const type of trackedTypes(strapi)) {
    const published = async (code: string) =>
      new Set(
        ((await strapi.db.query(type.uid as never).findMany({ where: { locale: code, publishedAt: { $notNull: true } }, select: ['documentId'] })) as { documentId: string }[]).map(
          ({ documentId }) => documentId,
        ),
      );
    const [english, translated] = await Promise.all([published(SOURCE_LOCALE), published(locale)]);
    const untranslated = [...english].filter((documentId) => !translated.has(documentId));
    if (untranslated.length === 0) continue;
    const words = await withWords(strapi, type);
    missing += untranslated.filter((documentId) => words.has(documentId)).length;
  }
  return missing;
}

export async function siteLanguages(strapi: Core.Strapi): Promise<SiteLanguage[]> {
  const english = siteMessages(strapi, SOURCE_LOCALE);
  const keys = Object.keys(english);
  const added = (await targetLocales(strapi)).filter(({ code }) => !hasMessageFile(strapi, code));
  return Promise.all(
    added.map(async ({ code, name }) => {
      const stored = await storedMessages(strapi, code);
      const messages = Object.fromEntries(keys.flatMap((key) => (stored[key] ? [[key, stored[key]]] : [])));
      const missingMessages = keys.length - Object.keys(messages).length;
      const missingEntries = await unpublished(strapi, code);
      return { code, name, complete: keys.length > 0 && missingMessages === 0 && missingEntries === 0, missingMessages, missingEntries, messages };
    }),
  );
}
