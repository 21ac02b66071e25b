import type { Section } from '@maine-sten/content-client';

export type SectionOf<T extends Section['__typename']> = Extract<Section, { __typename: T }>;
