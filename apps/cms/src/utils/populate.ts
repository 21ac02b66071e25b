// What to populate to read an entry whole: components and dynamic zones at any depth (their text),
// and with `links`, the documentId of each relation and the media too (to write the entry back);
// and the schema it reads them from.
import type { Core } from '@strapi/strapi';
import type { Attributes, ComponentAttributes } from '../phone-check';

type Populate = Record<string, unknown>;

/** A content type's attributes by its uid. */
export const attributesOf = (strapi: Core.Strapi, uid: string): Attributes =>
  strapi.contentTypes[uid as keyof typeof strapi.contentTypes].attributes as Attributes;

/** A component's attributes by its uid (`sections.rich-text`); undefined for an unknown one. */
export const componentAttributesOf =
  (strapi: Core.Strapi): ComponentAttributes =>
  (uid) =>
    strapi.components[uid as keyof typeof strapi.components]?.attributes as Attributes | undefined;

export function deepPopulate(attributes: Attributes, components: ComponentAttributes, { links = false } = {}): Populate {
  const nested = (uid: string) => {
    const inner = deepPopulate(components(uid) ?? {}, components, { links });
    return Object.keys(inner).length > 0 ? { populate: inner } : true;
  };
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([name, attribute]): [string, unknown][] => {
      if (attribute.type === 'component' && attribute.component) return [[name, nested(attribute.component)]];
      if (attribute.type === 'dynamiczone') {
        const uids = (attribute as { components?: string[] }).components ?? [];
        return [[name, { on: Object.fromEntries(uids.map((uid) => [uid, nested(uid)])) }]];
      }
      if (links && attribute.type === 'relation') return [[name, { fields: ['documentId'] }]];
      if (links && attribute.type === 'media') return [[name, true]];
      return [];
    }),
  );
}
