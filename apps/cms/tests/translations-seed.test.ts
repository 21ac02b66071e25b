// Every seeded translation says everything its English source says and nothing more: the same
// sections, blocks, links, linked pages, form fields, tokens and numbers (a typed-in hotline number
// fails here); nothing empty; every English page, FAQ, principle and resource translated.
import { describe, expect, it } from 'vitest';
import { faqs } from '../src/seed/faqs';
import { guidingPrinciples, type PrincipleGroup } from '../src/seed/guiding-principles';
import { pages } from '../src/seed/pages';
import { partnersPage } from '../src/seed/partners-page';
import { resources } from '../src/seed/resources';
import { contentTranslations } from '../src/seed/translations';
import { isStructural, shapeDifferences } from '../src/translations/shape';

const englishPages = [...pages, partnersPage];
const sorted = (keys: Iterable<string>) => [...keys].sort();

/** Every text a reader sees (not the structure: section kinds, link addresses and attributes). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (isStructural(key) ? [] : texts(inner)));
  return [];
}

describe.each(Object.entries(contentTranslations))('the %s seed translation', (_locale, translation) => {
  it('translates every page, title, summary and body, section for section', () => {
    expect(sorted(Object.keys(translation.pages))).toEqual(sorted(englishPages.map((page) => page.slug)));
    for (const page of englishPages) {
      const translated = translation.pages[page.slug];
      expect(translated?.body, `${page.slug} has no translated body`).toBeDefined();
      const { title, summary, body } = page;
      expect(shapeDifferences({ title, summary, body }, translated, page.slug)).toEqual([]);
    }
  });

  it('translates every FAQ question and answer', () => {
    expect(sorted(Object.keys(translation.faqs))).toEqual(sorted(faqs.map((faq) => faq.slug)));
    for (const faq of faqs) {
      expect(shapeDifferences({ question: faq.question, answer: faq.answer }, translation.faqs[faq.slug], faq.slug)).toEqual([]);
    }
  });

  it('translates every guiding principle, group by group', () => {
    const groups = new Map<PrincipleGroup, string[]>();
    for (const principle of guidingPrinciples) groups.set(principle.group, [...(groups.get(principle.group) ?? []), principle.statement]);
    expect(sorted(Object.keys(translation.principles))).toEqual(sorted(groups.keys()));
    for (const [group, statements] of groups) expect(shapeDifferences(statements, translation.principles[group], group)).toEqual([]);
  });

  it('translates every resource title and summary', () => {
    expect(sorted(Object.keys(translation.resources))).toEqual(sorted(resources.map((resource) => resource.slug)));
    for (const resource of resources) {
      const { title, summary } = resource;
      expect(shapeDifferences({ title, summary }, translation.resources[resource.slug], resource.slug)).toEqual([]);
    }
  });

  it('leaves no text empty and types no phone number', () => {
    for (const text of texts(translation)) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\d{3}\D{0,3}\d{3}\D{0,3}\d{4}|\b233733\b/);
    }
    expect(translation.settings.hotlineNotice).toContain('{{hotline.phone}}');
  });
});
