// A translation's units back into the entry's fields: the English's structure with each unit's
// words, or, when anything does not fit (markup, links, numbers, a field's limit, a unit missing
// or unknown), the reasons and nothing at all: an entry is written whole or not.
import { findPhoneNumbers } from '../../phone-check';
import { fixedParts, shapeDifferences } from '../shape';
import { asContent, at, englishFields, isLeaf, isRecord, localized, NOT_WORDS, unitId, type Entry, type EntryInput, type Field, type SchemaAttribute } from './fields';
import { codeDifferences, fromInline, leavesText, plainText, restoreWhitespace, type InlineContent, type Leaf } from './inline';

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
export function numberReasons(english: string, translated: string): string[] {
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
