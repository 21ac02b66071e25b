// A page's tags: the content types it shows and its language (its Cache-Tag, and what drops it
// from the output cache when one of them changes).
import { baseLocale, type Locale } from '$lib/i18n';
import { EMBED_SECTIONS } from '$lib/links';
import { localeTagFor } from './changes';
import { needs } from './embeds';
import type { PageView } from './types';

/** The content types a page shows (its Cache-Tag, and what drops it from the output cache). */
export const pageTags = (view: PageView | null, locale: Locale = baseLocale): string[] => [
  'site-setting',
  localeTagFor(locale),
  'page',
  ...(view ? EMBED_SECTIONS.filter(([typename]) => needs(view.sections, typename)).map(([, model]) => model) : []),
];
