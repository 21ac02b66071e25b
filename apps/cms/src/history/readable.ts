// Two versions side by side as an editor reads them: one row per field (inside components and
// dynamic zones too, "body › 2 › text"), each value as text — rich text as paragraphs and bullets,
// a link as its words and address, a linked entry or file by its name — never as JSON.
import { fieldLabel, type Attributes, type ComponentAttributes } from '../phone-check';

export interface ReadableField {
  field: string;
  text: string;
}

export interface ComparedField {
  field: string;
  from: string;
  to: string;
  changed: boolean;
}

/** The name of a linked entry (by documentId) or file (by id); the id itself when it is gone. */
export type NameOf = (kind: 'entry' | 'file', id: string) => string;

type Node = { type?: string; text?: string; url?: string; format?: string; children?: Node[]; image?: { alternativeText?: string | null } };

function inline(nodes: Node[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'link') return `${inline(node.children)} (${node.url ?? ''})`;
      return typeof node.text === 'string' ? node.text : inline(node.children);
    })
    .join('');
}

/** Rich text ("blocks") as lines: paragraphs apart, list items as bullets or numbers. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return (blocks as Node[])
    .map((block) => {
      if (block.type === 'list') {
        return (block.children ?? []).map((item, index) => `${block.format === 'ordered' ? `${index + 1}.` : '•'} ${inline(item.children)}`).join('\n');
      }
      if (block.type === 'image') return `[image: ${block.image?.alternativeText ?? ''}]`;
      return inline(block.children);
    })
    .join('\n\n');
}

function valueText(type: string, value: unknown, nameOf: NameOf): string {
  if (value === null || value === undefined) return '';
  if (type === 'blocks') return blocksText(value);
  if (type === 'boolean') return value ? 'yes' : 'no';
  if (type === 'relation') return (Array.isArray(value) ? value : [value]).map((id) => nameOf('entry', String(id))).join('\n');
  if (type === 'media') return (Array.isArray(value) ? value : [value]).map((id) => nameOf('file', String(id))).join('\n');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every field of a version's data as rows, in the schema's order. */
export function readableFields(attributes: Attributes, data: unknown, components: ComponentAttributes, nameOf: NameOf, path: string[] = []): ReadableField[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    if (!(name in record)) return [];
    const value = record[name];
    const at = [...path, name];
    const nested = (uid: string | undefined, item: unknown, itemPath: string[]) => {
      const own = uid ? components(uid) : undefined;
      return own ? readableFields(own, item, components, nameOf, itemPath) : [];
    };
    if (attribute.type === 'component') {
      if (Array.isArray(value)) return value.flatMap((item, index) => nested(attribute.component, item, [...at, String(index)]));
      return value ? nested(attribute.component, value, at) : [];
    }
    if (attribute.type === 'dynamiczone') {
      return Array.isArray(value) ? value.flatMap((item: { __component?: string }, index) => nested(item?.__component, item, [...at, String(index)])) : [];
    }
    return [{ field: fieldLabel(at), text: valueText(attribute.type, value, nameOf) }];
  });
}

/** Two versions' rows side by side: every field either has, in the order they come. */
export function compareFields(from: ReadableField[], to: ReadableField[]): ComparedField[] {
  const fields = [...new Set([...from.map(({ field }) => field), ...to.map(({ field }) => field)])];
  const fromText = new Map(from.map(({ field, text }) => [field, text]));
  const toText = new Map(to.map(({ field, text }) => [field, text]));
  return fields.map((field) => {
    const a = fromText.get(field) ?? '';
    const b = toText.get(field) ?? '';
    return { field, from: a, to: b, changed: a !== b };
  });
}
