// An entry read with deepPopulate(…, { links: true }) as the document service takes it back: the
// translators' import writes a language version from the English this way, and a restore writes a
// kept version into the draft.
import type { Attributes, ComponentAttributes } from '../phone-check';

const linkIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item) => (item as { documentId?: string }).documentId) : ((value as { documentId?: string } | null)?.documentId ?? null);

const mediaIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item) => (item as { id?: number }).id) : ((value as { id?: number } | null)?.id ?? null);

/** Components without their ids (they are made anew), each link as its documentId, each file as its id. */
export function writable(value: unknown, attributes: Attributes, components: ComponentAttributes): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const ownAttributes = typeof record.__component === 'string' ? (components(record.__component) ?? {}) : attributes;
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => {
        const attribute = ownAttributes[key];
        if (attribute?.type === 'relation') return [key, linkIds(inner)];
        if (attribute?.type === 'media') return [key, mediaIds(inner)];
        if (attribute?.type === 'component' && attribute.component) {
          const own = components(attribute.component) ?? {};
          return [key, Array.isArray(inner) ? inner.map((item) => writable(item, own, components)) : writable(inner, own, components)];
        }
        if (attribute?.type === 'dynamiczone' && Array.isArray(inner)) return [key, inner.map((item) => writable(item, {}, components))];
        return [key, inner];
      }),
  );
}
