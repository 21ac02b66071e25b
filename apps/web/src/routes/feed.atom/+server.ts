import { feedResponse } from '$lib/server/feed';
import type { RequestHandler } from './$types';

/** Atom 1.0 of the latest published changes, in the path's language. */
export const GET: RequestHandler = (event) => feedResponse(event, 'atom');
