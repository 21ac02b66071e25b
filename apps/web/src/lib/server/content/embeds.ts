// Which collections a page embeds (each collection's embed section: EMBED_SECTIONS in $lib/links).
import type { Section } from './types';

/** Whether the sections include one of this type. */
export const needs = (sections: Section[], typename: Section['__typename']) =>
  sections.some((section) => section.__typename === typename);
