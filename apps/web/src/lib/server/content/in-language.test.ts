// Language fallback without a CMS: entries a language has are shown in it, the others in English
// and marked so; the page says how much is not in the visitor's language.
import { describe, expect, it } from 'vitest';
import { translationNote, untranslatedPart, type PageView } from '$lib/page-data';
import { inLanguage } from './in-language';
import type { Read } from './store';

const rows: Record<string, { documentId: string; question: string }[]> = {
  en: [
    { documentId: 'a', question: 'What is it?' },
    { documentId: 'b', question: 'Who helps?' },
  ],
  es: [{ documentId: 'a', question: '¿Qué es?' }],
};
const read = (async (_key: string, _load: unknown, options?: { locale?: string }) => rows[options?.locale ?? 'en'] ?? []) as Read;

describe('inLanguage', () => {
  it('keeps the English order, the translation where there is one, English marked where not', async () => {
    expect(await inLanguage(read, 'faqs', async () => [], { locale: 'es' })).toEqual([
      { documentId: 'a', question: '¿Qué es?', lang: 'es' },
      { documentId: 'b', question: 'Who helps?', lang: 'en' },
    ]);
  });
});

describe('untranslatedPart', () => {
  const view = (bodyLang: 'en' | 'es', entryLangs: ('en' | 'es')[]) =>
    ({ locale: 'es', bodyLang, faqs: entryLangs.map((lang) => ({ lang })), principles: [], agencies: [], resources: [] }) as unknown as PageView;
  it('is the body when the body is English, the entries when some are, else nothing', () => {
    expect(untranslatedPart(view('en', ['es']))).toBe('body');
    expect(untranslatedPart(view('es', ['es', 'en']))).toBe('entries');
    expect(untranslatedPart(view('es', ['es']))).toBeNull();
  });
});

describe('translationNote', () => {
  type Status = 'current' | 'outdated' | 'unreviewed' | null;
  const view = (locale: 'en' | 'es', page: Status, entries: [('en' | 'es'), Status][], titleLang: 'en' | 'es' = locale) =>
    ({
      locale,
      titleLang,
      page: { translationStatus: page },
      faqs: entries.map(([lang, translationStatus]) => ({ lang, translationStatus })),
      principles: [],
      agencies: [],
      resources: [],
    }) as unknown as PageView;

  it('says the English is newer when the page or an entry shown in the language is outdated', () => {
    expect(translationNote(view('es', 'outdated', []))).toBe('outdated');
    expect(translationNote(view('es', 'current', [['es', 'unreviewed'], ['es', 'outdated']]))).toBe('outdated');
  });

  it('says no person checked it when something shown in the language is unreviewed, and nothing when all is current', () => {
    expect(translationNote(view('es', 'unreviewed', [['es', 'current']]))).toBe('unreviewed');
    expect(translationNote(view('es', 'current', [['es', 'current'], ['en', 'outdated']]))).toBeNull();
    expect(translationNote(view('es', null, []))).toBeNull();
  });

  it('says nothing in English, nor of what is shown in English', () => {
    expect(translationNote(view('en', 'outdated', [['en', 'outdated']]))).toBeNull();
    expect(translationNote(view('es', 'outdated', [], 'en'))).toBeNull();
  });
});
