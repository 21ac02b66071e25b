// Units as an XLIFF 2.0 document and back, through the xliff package (it writes and parses the XML).
// The file is written on one line: the package indents inside <source> and <target> too, which
// would put line breaks into the words. Each unit says canResegment="no" (the package keeps only
// the last segment of a unit split by a tool) and its field's limit as slr:sizeRestriction.
import { js2xliff, xliff2js } from 'xliff';
import type { CodeFields, InlineCode, InlineContent, InlineNode } from './inline';
import type { Unit } from './units';

type PackageContent = string | InlineCode | InlineNode[];
interface PackageUnit {
  source?: PackageContent;
  target?: PackageContent;
  note?: string;
  additionalAttributes?: Record<string, string | number>;
  groupUnits?: Record<string, PackageUnit>;
}
interface PackageDocument {
  sourceLanguage?: string;
  targetLanguage?: string;
  /** By file id, then unit id; a file's `_additionalElements` (an array) holds what is not a unit. */
  resources?: Record<string, Record<string, PackageUnit | unknown[]>>;
}
type Done<T> = (error: Error | null, result?: T) => void;
const write = js2xliff as (document: PackageDocument, options: { indent: string }, done: Done<string>) => string;
const read = xliff2js as (xml: string, options: object, done: Done<PackageDocument>) => void;

/** The file cannot be read as a translation: the message says why, for an administrator. */
export class XliffError extends Error {
  override name = 'XliffError';
}

export interface XliffFile {
  sourceLanguage: string;
  targetLanguage: string;
  /** By unit id, across the file's <file> elements; `target` only where there are words. */
  units: Map<string, { source: InlineContent; target?: InlineContent }>;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The package escapes text but writes a code's attributes as given: a link's `&` would break the XML. */
function escapeCodes(content: InlineContent): InlineContent {
  if (typeof content === 'string') return content;
  return content.map((node) => {
    if (typeof node === 'string') return node;
    const [[element, fields]] = Object.entries(node) as [[string, CodeFields]];
    const escaped = Object.entries(fields).map(([key, value]) =>
      key === 'contents' ? [key, escapeCodes(value as InlineContent)] : [key, String(value).replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char]!)],
    );
    return { [element]: Object.fromEntries(escaped) as CodeFields };
  });
}

const packageUnit = ({ source, target, note, maxLength }: Unit): PackageUnit => ({
  source: escapeCodes(source),
  ...(target === undefined ? {} : { target: escapeCodes(target) }),
  note,
  additionalAttributes: { canResegment: 'no', ...(maxLength ? { sizeRestriction: maxLength } : {}) },
});

/** An XLIFF 2.0 document with one <file> per entry of `files` (`content`, `messages`). */
export function writeXliff({ sourceLanguage, targetLanguage, files }: { sourceLanguage: string; targetLanguage: string; files: Record<string, Unit[]> }): string {
  const resources = Object.fromEntries(Object.entries(files).map(([file, units]) => [file, Object.fromEntries(units.map((unit) => [unit.id, packageUnit(unit)]))]));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write({ sourceLanguage, targetLanguage, resources }, { indent: '' }, () => {})}\n`;
}

/** The package's value (a string, one element, or a list) as InlineContent: a string or a list. */
function normalize(value: PackageContent | undefined): InlineContent {
  if (value === undefined || typeof value === 'string') return value ?? '';
  return (Array.isArray(value) ? value : [value]).map((node) => {
    if (typeof node === 'string') return node;
    const [[element, fields]] = Object.entries(node) as [[string, CodeFields]];
    return { [element]: 'contents' in fields ? { ...fields, contents: normalize(fields.contents as PackageContent) } : fields };
  });
}

/** Whether the package put '' for an element it does not know (<mrk>, <cp>, a comment), dropping its words. */
const dropsWords = (content: InlineContent | undefined): boolean =>
  Array.isArray(content) && content.some((node) => node === '' || (typeof node !== 'string' && Object.values(node).some((fields) => dropsWords(fields.contents))));

function collect(units: Record<string, PackageUnit | unknown[]>, into: XliffFile['units']): void {
  for (const [id, unit] of Object.entries(units)) {
    if (Array.isArray(unit)) continue;
    if (unit.groupUnits) {
      collect(unit.groupUnits, into);
      continue;
    }
    if (into.has(id)) throw new XliffError(`The unit "${id}" is in the file twice.`);
    const target = unit.target === undefined ? undefined : normalize(unit.target);
    if (target !== undefined && dropsWords(target)) {
      throw new XliffError(`The unit "${id}" has markup the CMS cannot read (such as <mrk>, <cp> or a comment) in its target: remove it in the translation tool and export the file again.`);
    }
    // An empty <target/> is how tools leave a unit untranslated.
    into.set(id, { source: normalize(unit.source), ...(target === undefined || target === '' ? {} : { target }) });
  }
}

/** The translation in an XLIFF 2.0 document; XliffError when it is not one, or has no target language. */
export function readXliff(text: string): XliffFile {
  const outcome: { error?: Error | null; document?: PackageDocument } = {};
  try {
    read(text, {}, (error, document) => Object.assign(outcome, { error, document }));
  } catch {
    // The package reads past a missing <xliff> root or a <file> without an id instead of saying so.
    throw new XliffError('The file is not an XLIFF 2.0 document: its root must be <xliff version="2.0"> holding <file id="…"> elements.');
  }
  if (outcome.error) throw new XliffError(`The file is not well-formed XML (${outcome.error.message.replace(/\s*\n\s*/g, ', ')}): was it changed by hand or cut short?`);
  // The parser takes a file cut short for a whole one, with the last unit's words cut.
  if (!/<\/(?:[\w.-]+:)?xliff>\s*(?:<!--[^]*?-->\s*)*$/.test(text)) throw new XliffError('The file is not well-formed XML (it ends before </xliff>): was it cut short?');
  const { document } = outcome;
  if (!document?.resources) throw new XliffError('The file is not XLIFF 2.0 (an XLIFF 1.2 file?): export it from the translation tool as XLIFF 2.0.');
  if (!document.sourceLanguage) throw new XliffError('The file has no source language (the srcLang attribute of <xliff>).');
  if (!document.targetLanguage) throw new XliffError('The file has no target language (the trgLang attribute of <xliff>): it holds no translation.');
  const units: XliffFile['units'] = new Map();
  for (const file of Object.values(document.resources)) collect(file, units);
  return { sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, units };
}

/**
 * The site's interface messages (apps/web/messages/*.json: key → text with {placeholders}) as units
 * `messages/<key>`, with the language's text as target where it has one. `$schema` is not a message.
 */
export function messageUnits(english: Record<string, string>, translated: Record<string, string> = {}): Unit[] {
  return Object.entries(english)
    .filter(([key, text]) => !key.startsWith('$') && typeof text === 'string' && text.trim() !== '')
    .map(([key, text]) => {
      const target = translated[key];
      return {
        id: `messages/${key}`,
        source: text,
        ...(typeof target === 'string' && target.trim() !== '' ? { target } : {}),
        note: `Interface text “${key}”: keep each {placeholder} as it is.`,
      };
    });
}
