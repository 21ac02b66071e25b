// The site search: an Orama index (in-process, stemming in the index's language, typo tolerance,
// accents folded)
// over search documents, and the snippets with the matched words marked. It knows nothing of the
// CMS: search.ts turns published content into documents and keeps this index fresh.
import { create, insertMultiple, search, type Orama } from '@orama/orama';
import { LRUCache } from 'lru-cache';
import * as english from '@orama/stemmers/english';
import * as french from '@orama/stemmers/french';
import * as spanish from '@orama/stemmers/spanish';

type Stemmer = (word: string) => string;
/** Stemming per site language; a language without one here is stemmed as English. */
const STEMMING: Record<string, { language: string; stemmer: Stemmer }> = { en: english, es: spanish, fr: french };

export interface SearchDocument {
  /** Where the result leads. */
  url: string;
  title: string;
  /** Where it is on the site: FAQ, Resources… */
  section: string;
  body: string;
}

/** Part of a snippet; `mark` when it is one of the words searched for. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  url: string;
  title: SnippetPart[];
  section: string;
  snippet: SnippetPart[];
}

const schema = { url: 'string', title: 'string', section: 'string', body: 'string' } as const;
type SearchDb = Orama<typeof schema>;

/**
 * Orama's tokenizer remembers every word it ever normalised, searched words too, in a Map that
 * only grows: one client searching made-up words could fill the memory. It gets a bounded one.
 */
export const NORMALISED_WORDS_KEPT = 10_000;
interface WordCache {
  has(key: string): boolean;
  get(key: string): string | undefined;
  set(key: string, value: string): unknown;
  readonly size: number;
}
const wordCache = (db: SearchDb) => (db as unknown as { tokenizer: { normalizationCache: WordCache } }).tokenizer;
const boundWordCache = (db: SearchDb) => {
  wordCache(db).normalizationCache = new LRUCache<string, string>({ max: NORMALISED_WORDS_KEPT });
};


/** Lowercase, without accents: "Educación" → "educacion". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const words = (text: string) => fold(text).match(WORD) ?? [];

export class SearchIndex {
  private constructor(
    private readonly db: SearchDb,
    private readonly stemmer: Stemmer,
  ) {}

  /** An index of the documents, their words stemmed in the given language (a locale code). */
  static async build(documents: SearchDocument[], locale = 'en'): Promise<SearchIndex> {
    const { language, stemmer } = STEMMING[locale] ?? english;
    const db = create({ schema, components: { tokenizer: { stemming: true, language, stemmer } } });
    boundWordCache(db);
    await insertMultiple(db, documents);
    return new SearchIndex(db, stemmer);
  }

  /** How many normalised words the index remembers (bounded by NORMALISED_WORDS_KEPT). */
  wordsRemembered(): number {
    return wordCache(this.db).normalizationCache.size;
  }

  /** Matches for the words of `query`, title matches first; `offset`/`limit` page through them. */
  async search(query: string, { offset = 0, limit = 10 } = {}): Promise<{ total: number; hits: SearchHit[] }> {
    const term = words(query).join(' ');
    if (term === '') return { total: 0, hits: [] };
    const result = await search(this.db, {
      term,
      properties: ['title', 'body'],
      boost: { title: 4 },
      tolerance: term.length > 4 ? 1 : 0,
      offset,
      limit,
    });
    const stems = words(query).map((word) => this.stemmer(word));
    return {
      total: result.count,
      hits: result.hits.map(({ document }) => ({
        url: document.url,
        section: document.section,
        title: highlight(document.title, stems, Infinity, this.stemmer),
        snippet: highlight(document.body, stems, 32, this.stemmer),
      })),
    };
  }
}

/** Whether a word of the text matches a searched stem (same stem, or one letter off). */
function matches(word: string, stems: string[], stemmer: Stemmer): boolean {
  const stem = stemmer(fold(word));
  return stems.some((wanted) => stem === wanted || (wanted.length > 4 && withinOneEdit(stem, wanted)));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Up to `maxWords` words of `text` around the first match, the matching words marked. */
export function highlight(text: string, stems: string[], maxWords: number, stemmer: Stemmer = english.stemmer): SnippetPart[] {
  const tokens = text.split(/(\s+)/).filter((token) => token !== '');
  const isMatch = tokens.map((token) => /\S/.test(token) && (token.match(WORD) ?? []).some((word) => matches(word, stems, stemmer)));
  let start = 0;
  let end = tokens.length;
  if (Number.isFinite(maxWords) && tokens.length > maxWords * 2) {
    const first = Math.max(0, isMatch.indexOf(true));
    start = Math.max(0, first - Math.floor(maxWords / 2));
    end = Math.min(tokens.length, start + maxWords * 2);
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  for (let index = start; index < end; index += 1) {
    const previous = parts.at(-1);
    if (previous && previous.mark === isMatch[index] && !isMatch[index]) previous.text += tokens[index];
    else parts.push({ text: tokens[index]!, mark: isMatch[index]! });
  }
  if (end < tokens.length) parts.push({ text: ' …', mark: false });
  return parts;
}
