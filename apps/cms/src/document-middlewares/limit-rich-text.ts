// Rich-text fields (Strapi "blocks") have no length limit of their own. A runaway paste, or an API
// client sending megabytes, would make a page unreadable and slow for everyone; each rich-text
// field is therefore capped at RICH_TEXT_MAX_CHARACTERS of text, on every write and every status.
import type { Core, Modules, Schema } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** About ten printed pages: several times the longest text in the seed content. */
export const RICH_TEXT_MAX_CHARACTERS = 20_000;

type Attributes = Record<string, Schema.Attribute.AnyAttribute>;

/** Characters of text in a blocks value (every `text` leaf, at any depth). */
export function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textLength(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const { text, children } = value as { text?: unknown; children?: unknown };
  return (typeof text === 'string' ? text.length : 0) + textLength(children);
}

/** Each rich-text field in a document's data, inside components and dynamic zones too. */
export function richTextFields(
  strapi: Core.Strapi,
  attributes: Attributes,
  data: unknown,
  path = '',
): { field: string; length: number }[] {
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    const value = (data as Record<string, unknown>)[name];
    const field = path ? `${path} › ${name}` : name;
    if (value === undefined || value === null) return [];
    if (attribute.type === 'blocks') return [{ field, length: textLength(value) }];
    if (attribute.type === 'component') {
      const nested = strapi.components[attribute.component as keyof typeof strapi.components].attributes as Attributes;
      return (Array.isArray(value) ? value : [value]).flatMap((item) => richTextFields(strapi, nested, item, field));
    }
    if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      return value.flatMap((item: { __component?: string }, index) => {
        const component = item.__component ? strapi.components[item.__component as keyof typeof strapi.components] : undefined;
        return component ? richTextFields(strapi, component.attributes as Attributes, item, `${field} ${index + 1}`) : [];
      });
    }
    return [];
  });
}

export const limitRichText =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid.startsWith('api::') && (context.action === 'create' || context.action === 'update')) {
      const attributes = strapi.contentTypes[context.uid].attributes as Attributes;
      const tooLong = richTextFields(strapi, attributes, (context.params as { data?: unknown }).data).filter(
        ({ length }) => length > RICH_TEXT_MAX_CHARACTERS,
      );
      if (tooLong.length > 0) {
        const list = tooLong.map(({ field, length }) => `${field} (${length.toLocaleString('en-US')})`).join(', ');
        throw new errors.ValidationError(
          `Rich text is limited to ${RICH_TEXT_MAX_CHARACTERS.toLocaleString('en-US')} characters per field; too long: ${list}. ` +
            'Split the text into several sections or pages.',
        );
      }
    }
    return next();
  };
