import type { Section } from '@maine-sten/content-client';

export type SectionOf<T extends Section['__typename']> = Extract<Section, { __typename: T }>;

/** Page links point at /<slug>, except the home page, which lives at /. */
export const pageHref = (slug: string): string => (slug === 'home' ? '/' : `/${slug}`);
