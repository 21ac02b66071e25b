// Every text of an entry, with the path of its field: plain strings, rich text (Strapi "blocks":
// each top-level block's text leaves joined, so a number split by bold still reads as one, and its
// links' addresses, for tel: links), inside components and dynamic zones too. Driven by the
// schema, so ids, dates, slugs and enumerations are never read as text.

export interface Attribute {
  type: string;
  component?: string;
}
export type Attributes = Record<string, Attribute>;
/** A component's attributes by its uid (`sections.rich-text`); undefined for an unknown one. */
export type ComponentAttributes = (uid: string) => Attributes | undefined;

export interface FieldText {
  /** As the admin names the field in a validation error: `['body', '0', 'body']`. */
  path: string[];
  text: string;
}

const TEXT_TYPES = new Set(['string', 'text', 'richtext']);

/** The text of a rich-text node: its leaves' text, then its links' addresses. */
function blockText(node: unknown): string {
  if (Array.isArray(node)) return node.map(blockText).join('');
  if (typeof node !== 'object' || node === null) return '';
  const { text, url, children } = node as { text?: unknown; url?: unknown; children?: unknown };
  const own = typeof text === 'string' ? text : '';
  const link = typeof url === 'string' ? ` ${url} ` : '';
  return own + blockText(children) + link;
}

export function entryTexts(attributes: Attributes, data: unknown, componentAttributes: ComponentAttributes, path: string[] = []): FieldText[] {
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    const value = (data as Record<string, unknown>)[name];
    const at = [...path, name];
    if (value === undefined || value === null) return [];
    if (TEXT_TYPES.has(attribute.type)) return typeof value === 'string' ? [{ path: at, text: value }] : [];
    if (attribute.type === 'blocks') {
      return Array.isArray(value) ? value.map((block) => ({ path: at, text: blockText(block) })) : [];
    }
    if (attribute.type === 'component') {
      const nested = attribute.component ? componentAttributes(attribute.component) : undefined;
      if (!nested) return [];
      if (!Array.isArray(value)) return entryTexts(nested, value, componentAttributes, at);
      return value.flatMap((item, index) => entryTexts(nested, item, componentAttributes, [...at, String(index)]));
    }
    if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      return value.flatMap((item: { __component?: unknown }, index) => {
        const nested = typeof item?.__component === 'string' ? componentAttributes(item.__component) : undefined;
        return nested ? entryTexts(nested, item, componentAttributes, [...at, String(index)]) : [];
      });
    }
    return [];
  });
}

/** A path as editors read it: `body › 1 › body` (positions from 1). */
export const fieldLabel = (path: string[]): string => path.map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part)).join(' › ');
