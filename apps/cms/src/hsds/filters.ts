// The council agencies an HSDS list asks the database for: those in the directory (a name),
// changed after `modified_after`, the one `organization_id` names (document service filters), and
// for a search those whose texts may hold the words. The search's part may let through more
// agencies than search.ts keeps, never fewer: the database does not know which language version
// shows which text (ids and order are the English's, texts the language's where it has them) and
// folds case its own way, so it narrows and search.ts decides.
import type { Modules } from '@strapi/strapi';
import { UNDESCRIBED } from './map';
import { searchWords } from './query';

export type AgencyFilters = Modules.Documents.Params.Filters.Any<'api::council-agency.council-agency'>;

/** The agencies a directory holds: those with a name (a row written another way may have none). source.ts adds it to every query. */
export const NAMED: AgencyFilters = { name: { $notNull: true, $ne: '' } };

/** Those changed after `modifiedAfter` (ms), and only the agency `documentId` when one is given. */
export function agencyFilters({ modifiedAfter, documentId }: { modifiedAfter?: number; documentId?: string }): AgencyFilters {
  return {
    ...(modifiedAfter === undefined ? {} : { updatedAt: { $gt: new Date(modifiedAfter) } }),
    ...(documentId === undefined ? {} : { documentId }),
  };
}

/** Which list searches: their texts differ (search.ts). */
export type Searching = 'organizations' | 'services';

/** At most this many words are asked of the database (the longest, the likeliest to narrow); search.ts checks them all. */
const MAX_DATABASE_WORDS = 3;

/**
 * The words the database can look for as search.ts matches them. SQLite lowers and compares ASCII
 * letters only, so a word with another letter (é, ñ) is left to search.ts alone; so is, for
 * organizations, a word of the sentence that describes an agency without a description, which any
 * such agency holds whatever its texts. (The one gap: SQLite does not lower İ and K, the Kelvin
 * sign, to the ASCII letters JavaScript makes of them.)
 */
export function databaseWords(search: string | undefined, list: Searching): string[] {
  if (!search) return [];
  const undescribed = UNDESCRIBED.toLocaleLowerCase('en');
  const asked = searchWords(search).filter((word) => /^[\x21-\x7e]+$/.test(word) && !(list === 'organizations' && undescribed.includes(word)));
  return [...new Set(asked)].sort((a, b) => b.length - a.length).slice(0, MAX_DATABASE_WORDS);
}

/**
 * The word in one of the texts `list` searches, in one version (one language) of an agency: a
 * query engine `where` on the agencies' rows. One word at a time, one version at a time: a filter
 * on several words, or across an agency's languages, would join its services (and its other
 * versions) once per word, multiplying the rows the database reads.
 */
export function wordWhere(word: string, list: Searching) {
  const containing = { $containsi: word };
  const texts =
    list === 'organizations'
      ? [{ name: containing }, { description: containing }, { services: { name: containing } }]
      : [{ name: containing }, { services: { name: containing } }, { services: { description: containing } }];
  return { $or: texts };
}
