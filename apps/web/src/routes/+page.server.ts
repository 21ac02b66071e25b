import { loadPage } from '$lib/server/page-load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadPage('home', url);
