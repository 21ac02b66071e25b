// An entry's words as translation units, each named by where it is in the English entry
// (`faq/abc123/answer.3.children.1`), so the structure never travels through the file: it is
// rebuilt from the English (apply.ts), and only the words are taken from the translation.
import { shapeDifferences } from '../shape';
import { asContent, at, englishFields, isRecord, unitId, wordsOf, type Entry, type EntryInput, type Path } from './fields';
import type { InlineContent } from './inline';

export interface Unit {
  /** `<model>/<documentId>/<path>`, the path dotted into the English entry. */
  id: string;
  source: InlineContent;
  target?: InlineContent;
  maxLength?: number;
  /** Where the words are, for the translator. */
  note: string;
}

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
