import type { ParamMatcher } from '@sveltejs/kit';

// CMS uid slugs: lowercase words joined by single dashes. Anything else is not a page.
export const match: ParamMatcher = (param) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param);
