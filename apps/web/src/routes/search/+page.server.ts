// /search: a POST form, so the words searched for are never in a URL, the history, a Referer or
// the server's log; the answer is an ordinary page sent with `no-store` like every page. Limited
// per visitor (SEARCH_RATE_LIMIT), like form posts.
import { readForm } from '$lib/server/form-body';
import { limitSearches } from '$lib/server/form-rate-limit';
import { refuseCrossSite } from '$lib/server/same-origin';
import { MAX_QUERY_LENGTH, runSearch } from '$lib/server/search';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  locals.cacheTags.add('page');
  return {};
};

/** Queries are cut to MAX_QUERY_LENGTH characters; far longer posts are not searches. */
const MAX_SEARCH_BYTES = 100 * MAX_QUERY_LENGTH;

export const actions: Actions = {
  default: async (event) => {
    refuseCrossSite(event);
    await limitSearches(event);
    const form = await readForm(event, MAX_SEARCH_BYTES);
    const query = form.get('q');
    const page = Number(form.get('page') ?? 1);
    return runSearch(typeof query === 'string' ? query : '', page);
  },
};
