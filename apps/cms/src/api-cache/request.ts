// Which content-API reads the response cache may answer, and under which key. Only published
// content read the same way by everyone of a kind: REST GETs of the public types and of the HSDS
// directory, and GraphQL queries; never drafts (the site's preview), never a mutation, never an
// account's own data (`me`), never a full-access token (it may read what others may not), never a
// request with an invalid token (Strapi refuses it).
import { hash } from 'node:crypto';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { Context } from 'koa';
import type { ApiCaller } from '../utils/content-api';

export interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

const DRAFT = /\bDRAFT\b/;

type GraphqlRequest = { query: string; variables: unknown; operationName: unknown };

/** The GraphQL request in a POST body or a GET query string, or null when it is not one. */
export function graphqlRequestOf(source: GraphqlBody): GraphqlRequest | null {
  if (typeof source.query !== 'string') return null;
  let variables = source.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    }
  }
  return { query: source.query, variables: variables ?? null, operationName: source.operationName ?? null };
}

const graphqlRequest = (ctx: Context): GraphqlRequest | null =>
  graphqlRequestOf(ctx.method === 'POST' ? ((ctx.request as { body?: GraphqlBody }).body ?? {}) : (ctx.query as GraphqlBody));

/** The key of a GraphQL read for this kind of caller, or null when it must not be cached (drafts). */
export function graphqlCacheKey(caller: ApiCaller, request: GraphqlRequest | null): string | null {
  if (!request || DRAFT.test(request.query) || DRAFT.test(JSON.stringify(request.variables))) return null;
  return digestOf(JSON.stringify([caller, 'graphql', request.query, request.variables, request.operationName]));
}

/**
 * The cache key of this request, or null when it must not be cached. `restPaths` are the public
 * REST routes (`/api/faqs`, `/api/site-setting`, `/api/hsds` …).
 */
export function cacheKey(ctx: Context, caller: ApiCaller, restPaths: readonly string[]): string | null {
  // A full-access token may read what others may not; an invalid one must get Strapi's 401.
  if (caller === 'full-access' || caller === 'invalid') return null;
  if (ctx.path === '/graphql') {
    if (ctx.method !== 'POST' && ctx.method !== 'GET') return null;
    return graphqlCacheKey(caller, graphqlRequest(ctx));
  }
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return null;
  if (!restPaths.some((route) => ctx.path === route || ctx.path.startsWith(`${route}/`))) return null;
  // Strapi reads `status` from the parsed query (qs: %64raft, status[]=…, repeated keys), so this
  // decides from the same parsed value: only a published read, asked for or by default, is kept.
  const { status } = ctx.query as { status?: unknown };
  if (status !== undefined && status !== 'published') return null;
  // The origin too: without CMS_PUBLIC_URL, answers such as HSDS's `openapi_url` are built from
  // the request's Host, and one forged Host must not reach the partners who come after it.
  return digestOf(JSON.stringify([caller, 'rest', ctx.origin, ctx.path, ctx.querystring]));
}

/** Recent keys' digests: a partner polls the same few queries, and hashing each again cost more
 * than the rest of the lookup. Bounded in count and in the length of what it keeps. */
const digests = new Map<string, string>();
const MAX_DIGESTS = 2000;
const MAX_REMEMBERED_LENGTH = 4096;

function digestOf(text: string): string {
  const known = digests.get(text);
  if (known !== undefined) return known;
  const digest = hash('sha256', text, 'base64url');
  if (text.length <= MAX_REMEMBERED_LENGTH) {
    if (digests.size >= MAX_DIGESTS) digests.clear();
    digests.set(text, digest);
  }
  return digest;
}

const parsed = new Map<string, DocumentNode | null>();

/** A plain read: one query operation (the one asked for), without `me`. Only those are stored. */
export function isStorableGraphql(ctx: Context): boolean {
  const request = graphqlRequest(ctx);
  if (!request) return false;
  let document = parsed.get(request.query);
  if (document === undefined) {
    try {
      document = parse(request.query);
    } catch {
      document = null;
    }
    if (parsed.size > 1000) parsed.clear();
    parsed.set(request.query, document);
  }
  if (!document) return false;
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.length === 1 ? operations[0] : operations.find((candidate) => candidate.name?.value === request.operationName);
  if (!operation || operation.operation !== 'query') return false;
  // An account's own data, wherever it is asked (a fragment too): never shared.
  return !/\bme\b/.test(request.query);
}
