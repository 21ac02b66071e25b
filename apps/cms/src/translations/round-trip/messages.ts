// The site's interface messages (key → text with {placeholders}), for the translators' file: read
// from the copy the CMS's build keeps (dist/site-messages), or, in a checkout, from the site's own
// folder. For the languages the site has files for (its code, typed and tested there) an import
// gives the translated texts back for a developer to commit. A language added in Strapi's settings
// has no file: its imported messages are kept in Strapi's store, where the site reads them
// (api/site-language), so a new language needs no commit.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { numberReasons } from '../xliff';

const PLACEHOLDER = /\{[^{}]*\}/g;

function folder(strapi: Core.Strapi): string | null {
  const root = strapi.dirs.app.root;
  return [path.join(root, 'dist/site-messages'), path.resolve(root, '../web/messages')].find((dir) => existsSync(path.join(dir, 'en.json'))) ?? null;
}

/** A language's messages; empty when the site has none for it (or none can be found). */
export function siteMessages(strapi: Core.Strapi, locale: string): Record<string, string> {
  const dir = folder(strapi);
  const file = dir && path.join(dir, `${locale}.json`);
  if (!file || !existsSync(file)) return {};
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => !entry[0].startsWith('$') && typeof entry[1] === 'string'));
}

/** True when the site has a file of messages for the language (English, Spanish, French). */
export const hasMessageFile = (strapi: Core.Strapi, locale: string): boolean => Object.keys(siteMessages(strapi, locale)).length > 0;

const store = (strapi: Core.Strapi, locale: string) => strapi.store({ type: 'plugin', name: 'maine-sten', key: `site-messages-${locale}` });

/** The messages imported for a language the site has no file for (empty when none). */
export async function storedMessages(strapi: Core.Strapi, locale: string): Promise<Record<string, string>> {
  const value = (await store(strapi, locale).get({})) as Record<string, string> | null;
  return value ?? {};
}

/** Adds checked messages to what the store keeps for the language; a key imported again takes the newer text. */
export async function storeMessages(strapi: Core.Strapi, locale: string, messages: Record<string, string>): Promise<void> {
  await strapi.db.transaction(async () => {
    await store(strapi, locale).set({ value: { ...(await storedMessages(strapi, locale)), ...messages } });
  });
}

/** A language's translated messages: its file's, or, for a language added in the settings, the store's. */
export async function translatedMessages(strapi: Core.Strapi, locale: string): Promise<Record<string, string>> {
  const fromFile = siteMessages(strapi, locale);
  return Object.keys(fromFile).length > 0 ? fromFile : storedMessages(strapi, locale);
}

/** Why a translated message cannot be taken, or null: an unknown key, an empty text, placeholders or numbers not the English's. */
export function messageRefusal(english: Record<string, string>, key: string, text: string): string | null {
  const source = english[key];
  if (source === undefined) return 'the site has no such interface text';
  if (text.trim() === '') return 'the translation is empty';
  const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map(([token]) => token).sort().join(' ');
  if (placeholders(source) !== placeholders(text)) return `the placeholders must be the English's, as they are: ${placeholders(source) || 'none'}`;
  return numberReasons(source, text)[0] ?? null;
}
