// The shapes the content door hands to loaders and components.
// PageView and InLanguage are $lib/page-data's, so components name them without server code.
import type {
  CouncilAgency,
  Faq,
  GuidingPrinciple,
  Page,
  PageSummary,
  Resource,
  Section,
  SiteSettings,
} from '@maine-sten/content-client';
import type { Locale } from '$lib/i18n';
import type { InLanguage, PageView } from '$lib/page-data';

export type { CouncilAgency, Faq, GuidingPrinciple, InLanguage, Page, PageSummary, PageView, Resource, Section, SiteSettings };

/** Which language to read, and whether drafts (preview) or what is published. */
export interface ContentOptions {
  locale?: Locale;
  preview?: boolean;
}

export interface LayoutContent {
  settings: SiteSettings;
  navigation: InLanguage<PageSummary>[];
  /** Pages editors list in the footer ("Show in footer"), such as the forms. */
  footerPages: InLanguage<PageSummary>[];
  /** False when the CMS could not be reached and nothing was cached: the built-in fallback is shown. */
  cmsAvailable: boolean;
}
