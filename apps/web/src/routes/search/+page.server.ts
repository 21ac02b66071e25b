// /search: a POST form, so the words searched for are never in a URL, the history, a Referer or
// the server's log; the answer is an ordinary page sent with `no-store` like every page.
import { fail } from '@sveltejs/kit';
import { refuseCrossSite } from '$lib/server/same-origin';
import { runSearch } from '$lib/server/search';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  locals.cacheTags.add('page');
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    refuseCrossSite(event);
    const { request } = event;
    const form = await request.formData().catch(() => null);
    if (!form) return fail(400, { query: '', outcome: { kind: 'empty' as const } });
    const query = form.get('q');
    const page = Number(form.get('page') ?? 1);
    return runSearch(typeof query === 'string' ? query : '', page);
  },
};
