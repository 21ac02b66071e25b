import { feedResponse } from '$lib/server/feed';
import type { RequestHandler } from './$types';

/** JSON Feed 1.1 of the latest published changes, in the path's language. */
export const GET: RequestHandler = (event) => feedResponse(event, 'json');
