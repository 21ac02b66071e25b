// Compiles the interface text (messages/<locale>.json) into typed message functions with Paraglide:
// src/lib/generated/paraglide, committed, and checked fresh by src/lib/i18n/messages.test.ts.
// The languages are the files in messages/: this writes them into project.inlang/settings.json
// and writes src/lib/generated/complete-languages.ts, which fails the typecheck when a language
// misses a message English has. `node scripts/messages.mjs [outdir]`. The inlang plugin is read
// from node_modules (nothing is downloaded).
import { compile } from '@inlang/paraglide-js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BASE_LOCALE = 'en';
const SETTINGS = 'project.inlang/settings.json';

export const compilerOptions = {
  project: './project.inlang',
  // The locale is set per request by src/lib/server/request-locale.ts; nothing is stored.
  strategy: ['baseLocale'],
  emitGitIgnore: false,
  emitPrettierIgnore: false,
  emitReadme: false,
  emitTsDeclarations: false,
  includeEslintDisableComment: true,
};

/** The languages there are messages for, English first. */
export const messageLocales = () =>
  readdirSync('messages')
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort((a, b) => (a === BASE_LOCALE ? -1 : b === BASE_LOCALE ? 1 : a.localeCompare(b)));

/** The type check that every language has every English message. */
export const completeLanguagesSource = (locales) => {
  const others = locales.filter((locale) => locale !== BASE_LOCALE);
  const name = (locale) => `messages_${locale.replace(/\W/g, '_')}`;
  return [
    '// Written by scripts/messages.mjs from the files in messages/: do not edit. A language that',
    '// misses a message English has fails the typecheck here (Paraglide would show English).',
    `import type english from '../../../messages/${BASE_LOCALE}.json';`,
    ...others.map((locale) => `import type ${name(locale)} from '../../../messages/${locale}.json';`),
    '',
    'type Complete<T extends Record<keyof typeof english, string>> = T;',
    '',
    `export type CompleteLanguages = [${others.map((locale) => `Complete<typeof ${name(locale)}>`).join(', ')}];`,
    '',
  ].join('\n');
};

/** Writes the settings' locales and the completeness check; compiles the messages into outdir. */
export async function compileMessages(outdir, { completeFile = 'src/lib/generated/complete-languages.ts' } = {}) {
  const locales = messageLocales();
  const settings = JSON.parse(readFileSync(SETTINGS, 'utf8'));
  if (JSON.stringify(settings.locales) !== JSON.stringify(locales)) {
    writeFileSync(SETTINGS, `${JSON.stringify({ ...settings, baseLocale: BASE_LOCALE, locales }, null, 2)}\n`);
  }
  writeFileSync(completeFile, completeLanguagesSource(locales));
  await compile({ ...compilerOptions, outdir });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outdir = process.argv[2] ?? 'src/lib/generated/paraglide';
  await compileMessages(path.resolve(outdir));
  console.log(`messages: compiled ${messageLocales().join(', ')} into ${outdir}`);
}
