// What a translation must keep of its source: everything but the words. Two values have the same
// shape when they have the same keys, the same list lengths, the same structural values (section
// kinds, block types, link addresses, linked pages, form fields) and the same tokens and numbers in
// each text. A translation with a dropped paragraph, a changed link or a typed-in phone number does
// not have its source's shape.

/** Keys whose values are structure, not words: they must be equal, not translated. */
const STRUCTURAL_KEYS = new Set(['__component', 'type', 'format', 'url', 'rel', 'target', 'pageSlugs', 'form', 'field', 'group', 'marker', 'citationMarker']);
export const isStructural = (key: string): boolean => STRUCTURAL_KEYS.has(key);

const TOKEN = /\{\{[^}]*\}\}/g;
const NUMBER = /\d[\d\s.,-]*\d|\d/g;

/** A text's tokens and numbers, sorted: what no translation may add, drop or change. */
export function fixedParts(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const numbers = text.replace(TOKEN, ' ').match(NUMBER) ?? [];
  return [...tokens, ...numbers.map((number) => number.replace(/\D/g, ''))].sort();
}

export type Shape = string | number | boolean | null | Shape[] | { [key: string]: Shape };

/** The value with every text replaced by its fixed parts (empty text stays distinguishable). */
export function shapeOf(value: unknown, key?: string): Shape {
  if (Array.isArray(value)) return value.map((item) => shapeOf(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([innerKey, inner]) => [innerKey, shapeOf(inner, innerKey)]),
    );
  }
  if (typeof value === 'string') {
    if (key && isStructural(key)) return value;
    return value.trim() === '' ? '<empty>' : `<text ${fixedParts(value).join(' ')}>`;
  }
  return (value ?? null) as Shape;
}

/** Paths where two values' shapes differ, for a message a translator can act on. */
export function shapeDifferences(source: unknown, translation: unknown, path = ''): string[] {
  const a = shapeOf(source);
  const b = shapeOf(translation);
  return compare(a, b, path);
}

function compare(a: Shape, b: Shape, path: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path || '.'}: ${b.length} items where the source has ${a.length}`];
    return a.flatMap((item, index) => compare(item, b[index] ?? null, `${path}[${index}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => {
      if (!(key in b)) return [`${path}.${key}: missing (the source has it)`];
      if (!(key in a)) return [`${path}.${key}: not in the source`];
      return compare(a[key] ?? null, b[key] ?? null, `${path}.${key}`);
    });
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path || '.'}: ${JSON.stringify(b)} where the source has ${JSON.stringify(a)}`];
}
