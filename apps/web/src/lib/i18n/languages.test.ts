// A language added in the CMS, as the site speaks it: served under its prefix and offered only once
// the CMS calls it complete, with its imported messages filled in like the compiled ones'.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { languageName, localeFromPath, localizedPath, m, siteLocales, textDirection } from '$lib/i18n';
import { setAddedLanguages } from './languages';

const english = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../messages/en.json'), 'utf8')) as Record<string, string>;
const portuguese = Object.fromEntries(Object.entries(english).filter(([key]) => !key.startsWith('$')).map(([key, text]) => [key, `PT ${text}`]));

afterEach(() => setAddedLanguages([]));

describe('a language added in the CMS', () => {
  it('is not served before the CMS gives it', () => {
    expect(localeFromPath('/pt/faq')).toEqual({ locale: 'en', path: '/pt/faq' });
    expect(siteLocales()).toEqual(['en', 'es', 'fr']);
  });

  it('is served under its prefix, offered after the compiled ones, and speaks its own messages', () => {
    expect(setAddedLanguages([{ code: 'pt', messages: { ...portuguese, languageName: 'Português' } }])).toBe(true);
    expect(setAddedLanguages([{ code: 'pt', messages: { ...portuguese, languageName: 'Português' } }])).toBe(false); // the same list: nothing to redo
    expect(setAddedLanguages([{ code: 'pt', messages: { ...portuguese, languageName: 'Portugues' } }])).toBe(true); // a text changed: its pages are redone
    setAddedLanguages([{ code: 'pt', messages: { ...portuguese, languageName: 'Português' } }]);
    expect(localeFromPath('/pt/faq')).toEqual({ locale: 'pt', path: '/faq' });
    expect(localeFromPath('/pt')).toEqual({ locale: 'pt', path: '/' });
    expect(localizedPath('/faq', 'pt')).toBe('/pt/faq');
    expect(siteLocales()).toEqual(['en', 'es', 'fr', 'pt']);
    expect(languageName('pt')).toBe('Português');
    expect(m.quickExit({}, { locale: 'pt' })).toBe(`PT ${english.quickExit}`);
    // Placeholders are filled as Paraglide fills them.
    expect(m.feedTitle({ siteName: 'Maine STEN' }, { locale: 'pt' })).toBe(`PT ${english.feedTitle!.replace('{siteName}', 'Maine STEN')}`);
    // The compiled languages keep their own words.
    expect(m.quickExit({}, { locale: 'es' })).not.toContain('PT');
  });

  it('never replaces a compiled language, and right-to-left follows the script', () => {
    setAddedLanguages([{ code: 'es', messages: portuguese }, { code: 'ar', messages: portuguese }]);
    expect(m.quickExit({}, { locale: 'es' })).not.toContain('PT');
    expect(siteLocales()).toEqual(['en', 'es', 'fr', 'ar']);
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('pt')).toBe('ltr');
  });

  it('says in English a message added to the site since the language was imported', () => {
    const { quickExit: _left, ...withoutOne } = portuguese;
    setAddedLanguages([{ code: 'pt', messages: withoutOne }]);
    expect(m.quickExit({}, { locale: 'pt' })).toBe(english.quickExit);
  });
});
