import type { ParamMatcher } from '@sveltejs/kit';
import { isSlug } from '$lib/slug';

export const match: ParamMatcher = isSlug;
