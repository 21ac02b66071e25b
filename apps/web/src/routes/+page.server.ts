import { loadPage } from '$lib/server/page-load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => loadPage('home', url, locals);
