// An entry's words as translation units, and a translation's units back into the entry's fields.
// One unit per plain text field and one per rich-text block with words, each named by where it is
// in the English entry (`faq/abc123/answer.3.children.1`), so the structure never travels through
// the file: it is rebuilt from the English, and only the words are taken from the translation.
import { findPhoneNumbers } from '../../phone-check';
import { fixedParts, isStructural, shapeDifferences } from '../shape';
import { codeDifferences, fromInline, leavesText, plainText, restoreWhitespace, toInline, type InlineContent, type Leaf } from './inline';

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
const NOT_WORDS = new Set(['translationStatus', 'minorChange']);
const localized = (attribute: SchemaAttribute) => attribute.pluginOptions?.i18n?.localized;

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

export interface Unit {
  /** `<model>/<documentId>/<path>`, the path dotted into the English entry. */
  id: string;
  source: InlineContent;
  target?: InlineContent;
  maxLength?: number;
  /** Where the words are, for the translator. */
  note: string;
}

type Entry = Record<string, unknown>;
type Path = (string | number)[];

/** A field with words: a plain text, or a rich-text block (its words are its `children`). */
interface Field {
  path: Path;
  label: string[];
  value: string | Leaf[];
  maxLength?: number;
}

const isRecord = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((inner, key) => (inner && typeof inner === 'object' ? (inner as Entry)[key] : undefined), value);
const isLeaf = (node: unknown) => isRecord(node) && (node.type === 'text' || node.type === 'link');

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

const englishFields = ({ attributes, componentAttributes, source }: EntryInput) => fieldsOf(wordFields(attributes, componentAttributes), source);
const unitId = ({ model, documentId }: EntryInput, path: Path) => `${model}/${documentId}/${path.join('.')}`;
const wordsOf = (value: unknown): string | Leaf[] => (isRecord(value) ? (value.children as Leaf[]) : (value as string));
const asContent = (value: string | Leaf[]): InlineContent => (typeof value === 'string' ? value : toInline(value));

function entryLabel(model: string, source: Entry): string {
  const type = model === 'faq' ? 'FAQ' : model.charAt(0).toUpperCase() + model.slice(1).replace(/-/g, ' ');
  const name = ['title', 'question', 'name', 'statement'].map((key) => source[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return name ? `${type} “${name.length > 50 ? `${name.slice(0, 49)}…` : name}”` : type;
}

/** The language version's words at a field, when the version has the English's shape down to it. */
function targetAt(source: Entry, target: Entry, path: Path): InlineContent | undefined {
  for (let length = 1; length < path.length; length++) {
    const [english, translated] = [at(source, path.slice(0, length)), at(target, path.slice(0, length))];
    if (isRecord(english) && (!isRecord(translated) || english.__component !== translated.__component || english.type !== translated.type)) return undefined;
  }
  const [english, translated] = [at(source, path), at(target, path)];
  return translated === undefined || shapeDifferences(english, translated).length > 0 ? undefined : asContent(wordsOf(translated));
}

/** The entry's units, with the language version's words as targets where they still fit the English. */
export function unitsOf(input: EntryInput & { target?: Entry | null }): Unit[] {
  const { source, target } = input;
  const where = entryLabel(input.model, source);
  return englishFields(input).map(({ path, label, value, maxLength }) => {
    const translated = target ? targetAt(source, target, path) : undefined;
    return {
      id: unitId(input, path),
      source: asContent(value),
      ...(translated === undefined ? {} : { target: translated }),
      ...(maxLength ? { maxLength } : {}),
      note: [where, ...label].join(' › ') + (maxLength ? ` (at most ${maxLength} characters)` : ''),
    };
  });
}

export interface Refusal {
  id: string;
  reason: string;
}

/** The English's localized fields, as the language version's: deep copies, components without their ids. */
function localizedCopy({ attributes, componentAttributes, source }: EntryInput): Entry {
  const copy = (value: unknown, attribute: SchemaAttribute | undefined): unknown => {
    if (attribute?.type !== 'component' && attribute?.type !== 'dynamiczone') return structuredClone(value);
    const strip = (item: unknown) => {
      if (!isRecord(item)) return item;
      const own = componentAttributes(String(attribute.type === 'component' ? attribute.component : item.__component)) ?? {};
      return Object.fromEntries(Object.entries(item).flatMap(([key, inner]) => (key === 'id' ? [] : [[key, copy(inner, own[key])]])));
    };
    return Array.isArray(value) ? value.map(strip) : strip(value);
  };
  const names = Object.keys(attributes).filter((name) => localized(attributes[name]!) === true && !NOT_WORDS.has(name) && source[name] !== undefined);
  return Object.fromEntries(names.map((name) => [name, copy(source[name], attributes[name])]));
}

/** Numbers (phone numbers above all) and {{placeholders}} the translation dropped, changed or added. */
function numberReasons(english: string, translated: string): string[] {
  const extra = fixedParts(translated);
  const missing = fixedParts(english).filter((part) => (extra.includes(part) ? (extra.splice(extra.indexOf(part), 1), false) : true));
  const name = (part: string, text: string) => {
    if (part.startsWith('{{')) return `the placeholder ${part}`;
    const phone = findPhoneNumbers(text).find(({ raw }) => raw.replace(/\D/g, '') === part || (part.length >= 3 && raw.replace(/\D/g, '').includes(part)));
    return phone ? `the phone number ${phone.raw}` : `the number ${part}`;
  };
  const reasons = [...missing.map((part) => `${name(part, english)} of the English is missing or changed`), ...extra.map((part) => `${name(part, translated)} is not in the English`)];
  return [...new Set(reasons)];
}

/** The field's words from the translation, or why they cannot be taken. */
function translate(field: Field, translation: InlineContent): { words: string | Leaf[]; reasons: string[] } {
  const english = typeof field.value === 'string' ? field.value : leavesText(field.value);
  const codes = codeDifferences(asContent(field.value), translation);
  if (codes.length > 0) return { words: field.value, reasons: codes.map((reason) => `the markup differs from the English: ${reason}`) };
  const words = typeof field.value === 'string' ? restoreWhitespace(field.value, plainText(translation)) : fromInline(field.value, translation);
  const text = typeof words === 'string' ? words : leavesText(words);
  if (text.trim() === '') return { words, reasons: ['the translation is empty'] };
  const tooLong = field.maxLength !== undefined && text.length > field.maxLength ? [`${text.length} characters, the field allows ${field.maxLength}`] : [];
  return { words, reasons: [...tooLong, ...numberReasons(english, text)] };
}

/** For the last check: a block's words as one text and its links in any order, as translators may reorder them. */
const wordsView = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(wordsView);
  if (!isRecord(value)) return value;
  if (!(Array.isArray(value.children) && value.children.some(isLeaf))) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wordsView(inner)]));
  const leaves = value.children as Leaf[];
  const links = leaves.flatMap((leaf) => (leaf.type === 'link' ? [{ type: 'link', url: leaf.url, rel: leaf.rel, target: leaf.target }] : [])).sort((a, b) => a.url.localeCompare(b.url));
  return { ...value, children: [{ type: 'text', text: leavesText(leaves) }, ...links] };
};

/**
 * The language version's localized fields: the English's, with each unit's words from `targets`.
 * Nothing when anything is refused: an entry is written whole or not at all.
 */
export function applyUnits(input: EntryInput & { targets: Map<string, InlineContent> }): { data: Entry | null; refused: Refusal[] } {
  const english = localizedCopy(input);
  const data = structuredClone(english);
  const refused: Refusal[] = [];
  const known = new Set<string>();
  for (const field of englishFields(input)) {
    const id = unitId(input, field.path);
    known.add(id);
    const translation = input.targets.get(id);
    if (translation === undefined) {
      refused.push({ id, reason: 'not translated in the file: an entry is written only when all its texts are' });
      continue;
    }
    const { words, reasons } = translate(field, translation);
    refused.push(...reasons.map((reason) => ({ id, reason })));
    if (typeof words === 'string') (at(data, field.path.slice(0, -1)) as Entry)[field.path.at(-1)!] = words;
    else (at(data, field.path) as Entry).children = words;
  }
  for (const id of input.targets.keys()) {
    if (!known.has(id)) refused.push({ id, reason: 'the English entry has no such text (it may have changed since the file was made: export a new file)' });
  }
  if (refused.length === 0) {
    const entry = `${input.model}/${input.documentId}`;
    refused.push(...shapeDifferences(wordsView(english), wordsView(data)).map((difference) => ({ id: entry, reason: `the translation does not keep the English's shape: ${difference}` })));
  }
  return refused.length > 0 ? { data: null, refused } : { data, refused };
}
