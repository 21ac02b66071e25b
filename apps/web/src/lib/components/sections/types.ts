import type { Section } from '@maine-sten/content-client';
import { getLocale, localizedPath, type Locale } from '$lib/i18n';

export type SectionOf<T extends Section['__typename']> = Extract<Section, { __typename: T }>;

/**
 * Page links point at /<slug>, except the home page, which lives at /; in another language than
 * English, under its prefix (/es/<slug>). By default, in the language of the page being rendered.
 */
export const pageHref = (slug: string, locale: Locale = getLocale()): string =>
  localizedPath(slug === 'home' ? '/' : `/${slug}`, locale);
