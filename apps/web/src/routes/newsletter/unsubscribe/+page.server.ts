import { tokenFrom, useToken } from '$lib/server/newsletter-token';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: tokenFrom(url) });

export const actions: Actions = {
  default: (event) => useToken(event, 'unsubscribe'),
};
