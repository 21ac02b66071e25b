// The site's interface messages (key → text with {placeholders}), for the translators' file: read
// from the copy the CMS's build keeps (dist/site-messages), or, in a checkout, from the site's own
// folder. They are the site's code, typed and tested there: an import gives the translated texts
// back for a developer to commit, never writes them anywhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

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

/** Why a translated message cannot be taken, or null: an unknown key, an empty text, placeholders not the English's. */
export function messageRefusal(english: Record<string, string>, key: string, text: string): string | null {
  const source = english[key];
  if (source === undefined) return 'the site has no such interface text';
  if (text.trim() === '') return 'the translation is empty';
  const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map(([token]) => token).sort().join(' ');
  if (placeholders(source) !== placeholders(text)) return `the placeholders must be the English's, as they are: ${placeholders(source) || 'none'}`;
  return null;
}
