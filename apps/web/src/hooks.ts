import type { Reroute } from '@sveltejs/kit';
import { localeFromPath } from '$lib/i18n';

// /es/faq is the route /faq in Spanish: one set of routes serves every language, and the page's
// own URL (with its prefix) says which language to render.
export const reroute: Reroute = ({ url }) => localeFromPath(url.pathname).path;
