// What a CMS page's loader hands its component: the page with the collections it embeds, and its
// SEO fields. Here, not in the server modules that build them, so components can name these types
// (and read them) without importing server code.
import type { CouncilAgency, Faq, GuidingPrinciple, Page, Resource, Section } from '@maine-sten/content-client';
import { baseLocale, type Locale } from '$lib/i18n';
import type { ListPage } from '$lib/paging';

/**
 * An entry with the language its text is actually in: the page's language, or English where the
 * entry is not translated yet (the page marks that part with `lang`, so screen readers switch voice).
 */
export type InLanguage<T> = T & { lang: Locale };

/** A page with the collections its embed sections show, or null when there is no such page. */
export interface PageView {
  /** The page in the language asked for (its title and summary), or in English. */
  page: Page;
  /** The language asked for. */
  locale: Locale;
  /** The language of the title and summary: English when the page has no translation at all. */
  titleLang: Locale;
  /** The language of the body: English when the page's body is not translated yet. */
  bodyLang: Locale;
  sections: Section[];
  faqs: InLanguage<Faq>[];
  principles: InLanguage<GuidingPrinciple>[];
  agencies: InLanguage<CouncilAgency>[];
  resources: InLanguage<Resource>[];
}

/**
 * How much of the page is not in the language asked for: all of its body (shown in English), some
 * of the entries it lists, or nothing.
 */
export function untranslatedPart(view: PageView): 'body' | 'entries' | null {
  if (view.bodyLang !== view.locale) return 'body';
  const entries = [...view.faqs, ...view.principles, ...view.agencies, ...view.resources];
  return entries.some((entry) => entry.lang !== view.locale) ? 'entries' : null;
}

export type TranslationNote = 'outdated' | 'unreviewed';

/**
 * What a visitor is told about the translation they read: `outdated` when the English of the page
 * or of an entry it shows changed after that translation was saved, `unreviewed` when no person has
 * checked it yet; null in English, and for what is shown in English (untranslatedPart says so).
 */
export function translationNote(view: PageView): TranslationNote | null {
  if (view.locale === baseLocale) return null;
  const entries = [...view.faqs, ...view.principles, ...view.agencies, ...view.resources];
  const translated: { translationStatus?: string | null }[] = [
    ...(view.titleLang === view.locale ? [view.page] : []),
    ...entries.filter((entry) => entry.lang === view.locale),
  ];
  const statuses = new Set(translated.map((entry) => entry.translationStatus));
  if (statuses.has('outdated')) return 'outdated';
  return statuses.has('unreviewed') ? 'unreviewed' : null;
}

/** The page of a list section a visitor asked for (`?page=`, see $lib/paging), by the section's kind. */
export type SectionList =
  | { kind: 'agencies'; list: ListPage<InLanguage<CouncilAgency>> }
  | { kind: 'resources'; list: ListPage<InLanguage<Resource>> }
  | { kind: 'faqs'; list: ListPage<InLanguage<Faq>> };

/** Each section's list page, at the section's index; null for a section that lists nothing that grows. */
export type SectionLists = (SectionList | null)[];

export interface Seo {
  title: string;
  description: string;
  canonical: string;
  siteName: string;
  /** FAQPage structured data (JSON, already escaped for a <script> element), when the page lists FAQ. */
  faqJsonLd: string | null;
}
