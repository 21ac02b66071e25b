// Where an entry's words are: which fields of a type are words (from its schema), and each text
// field or rich-text block with words, by its path in the entry and a label for the translator.
import { isStructural } from '../shape';
import { leavesText, toInline, type InlineContent, type Leaf } from './inline';

export interface SchemaAttribute {
  type: string;
  component?: string;
  components?: string[];
  maxLength?: number;
  pluginOptions?: { i18n?: { localized?: boolean } };
}
export type SchemaAttributes = Record<string, SchemaAttribute>;
/** A component's attributes by its uid (`sections.rich-text`). */
export type ComponentSchemas = (uid: string) => SchemaAttributes | undefined;

export type WordField =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'blocks' }
  | { kind: 'component'; fields: WordFields }
  | { kind: 'dynamiczone'; components: Record<string, WordFields> };
export type WordFields = Record<string, WordField>;

/** Kept by the CMS, never translated. */
export const NOT_WORDS = new Set(['translationStatus', 'minorChange', 'translatedFrom']);
export const localized = (attribute: SchemaAttribute) => attribute.pluginOptions?.i18n?.localized;

/**
 * The fields that are words: localized string, text and blocks attributes (inside components, all
 * of them unless marked not localized), and the components and dynamic zones that hold some.
 */
export function wordFields(attributes: SchemaAttributes, components: ComponentSchemas, nested = false): WordFields {
  const inner = (uid: string) => wordFields(components(uid) ?? {}, components, true);
  const fields = Object.entries(attributes).flatMap(([name, attribute]): [string, WordField][] => {
    if (NOT_WORDS.has(name) || isStructural(name) || (nested ? localized(attribute) === false : localized(attribute) !== true)) return [];
    if (attribute.type === 'string' || attribute.type === 'text') return [[name, { kind: 'text', maxLength: attribute.maxLength }]];
    if (attribute.type === 'blocks') return [[name, { kind: 'blocks' }]];
    if (attribute.type === 'component' && attribute.component) return [[name, { kind: 'component', fields: inner(attribute.component) }]];
    if (attribute.type !== 'dynamiczone') return [];
    return [[name, { kind: 'dynamiczone', components: Object.fromEntries((attribute.components ?? []).map((uid) => [uid, inner(uid)])) }]];
  });
  const hasWords = ([, field]: [string, WordField]) =>
    field.kind === 'component' ? Object.keys(field.fields).length > 0 : field.kind !== 'dynamiczone' || Object.values(field.components).some((own) => Object.keys(own).length > 0);
  return Object.fromEntries(fields.filter(hasWords));
}

export type Entry = Record<string, unknown>;
export type Path = (string | number)[];

/** A field with words: a plain text, or a rich-text block (its words are its `children`). */
export interface Field {
  path: Path;
  label: string[];
  value: string | Leaf[];
  maxLength?: number;
}

export const isRecord = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
export const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((inner, key) => (inner && typeof inner === 'object' ? (inner as Entry)[key] : undefined), value);
export const isLeaf = (node: unknown) => isRecord(node) && (node.type === 'text' || node.type === 'link');

function blockFields(block: unknown, path: Path, label: string[]): Field[] {
  if (!isRecord(block) || !Array.isArray(block.children)) return [];
  if (block.children.some(isLeaf)) return leavesText(block.children as Leaf[]).trim() ? [{ path, label, value: block.children as Leaf[] }] : [];
  return block.children.flatMap((child, index) => blockFields(child, [...path, 'children', index], [...label, `item ${index + 1}`]));
}

function fieldsOf(fields: WordFields, value: unknown, path: Path = [], label: string[] = []): Field[] {
  if (!isRecord(value)) return [];
  return Object.entries(fields).flatMap(([name, field]): Field[] => {
    const [inner, innerPath, innerLabel] = [value[name], [...path, name], [...label, name]];
    if (field.kind === 'text') return typeof inner === 'string' && inner.trim() !== '' ? [{ path: innerPath, label: innerLabel, value: inner, maxLength: field.maxLength }] : [];
    if (!Array.isArray(inner)) return field.kind === 'component' ? fieldsOf(field.fields, inner, innerPath, innerLabel) : [];
    const kind = field.kind === 'blocks' ? 'block' : field.kind === 'dynamiczone' ? 'section' : 'item';
    return inner.flatMap((item, index) => {
      const [itemPath, itemLabel] = [[...innerPath, index], [...innerLabel, `${kind} ${index + 1}`]];
      if (field.kind === 'blocks') return blockFields(item, itemPath, itemLabel);
      const own = field.kind === 'component' ? field.fields : isRecord(item) ? field.components[String(item.__component)] : undefined;
      return own ? fieldsOf(own, item, itemPath, itemLabel) : [];
    });
  });
}

export interface EntryInput {
  /** The type's model name: `page`, `faq`. */
  model: string;
  documentId: string;
  attributes: SchemaAttributes;
  componentAttributes: ComponentSchemas;
  /** The English entry, components and dynamic zones populated. */
  source: Entry;
}

export const englishFields = ({ attributes, componentAttributes, source }: EntryInput) => fieldsOf(wordFields(attributes, componentAttributes), source);
export const unitId = ({ model, documentId }: EntryInput, path: Path) => `${model}/${documentId}/${path.join('.')}`;
export const wordsOf = (value: unknown): string | Leaf[] => (isRecord(value) ? (value.children as Leaf[]) : (value as string));
export const asContent = (value: string | Leaf[]): InlineContent => (typeof value === 'string' ? value : toInline(value));
