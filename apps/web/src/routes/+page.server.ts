import { HOME_SLUG } from '$lib/links';
import { loadPage } from '$lib/server/page-load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => loadPage(HOME_SLUG, url, locals);
