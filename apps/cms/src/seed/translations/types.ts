// The shape of one language's translation of the organisation's seed content. Each part is keyed
// by what identifies the English entry it translates (a slug, a group), so the importer finds the
// entry and a test holds every translation to its English source: the same sections, the same links,
// the same tokens, nothing left out.
import type { Blocks } from '../blocks';
import type { PrincipleGroup } from '../guiding-principles';
import type { SectionSeed } from '../pages';

export interface PageTranslation {
  title: string;
  summary: string;
  /** The body, section for section in the English order; absent: the body is not translated yet. */
  body?: SectionSeed[];
}

export interface FaqTranslation {
  question: string;
  answer: Blocks;
}

export interface ResourceTranslation {
  title: string;
  summary: string;
}

export interface SettingsTranslation {
  siteName: string;
  hotlineLabel: string;
  /** The numbers stay tokens ({{hotline.phone}}): typed once, in Site settings. */
  hotlineNotice: string;
}

export interface ContentTranslation {
  /** By the English page's slug (pages.ts and partners-page.ts). */
  pages: Record<string, PageTranslation>;
  /** By the English FAQ's slug (faqs.ts). */
  faqs: Record<string, FaqTranslation>;
  /** Each group's statements, in the English order (guiding-principles.ts). */
  principles: Record<PrincipleGroup, string[]>;
  /** By the English resource's slug (resources.ts). */
  resources: Record<string, ResourceTranslation>;
  settings: SettingsTranslation;
}
