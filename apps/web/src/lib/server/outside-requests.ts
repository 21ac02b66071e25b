// A timer keeps the async context it was made in until it fires: made during a request, that is
// every AsyncLocalStorage store of the request (SvelteKit's event with its request and response,
// the locale). The per-visitor limits keep a timer per visitor for their whole window (a minute for
// searches, ten for forms), so 40,000 visitors kept 40,000 requests — 700 MB (a heap snapshot,
// #38). Work that leaves timers behind runs here instead, in the context of this module's first
// evaluation: hooks.server.ts imports it, so that is the server's start, outside any request.
import { AsyncLocalStorage } from 'node:async_hooks';

export const outsideRequests: <R>(work: () => R) => R = AsyncLocalStorage.snapshot();
