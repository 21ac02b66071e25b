// What the public-API middlewares need to know about a request: is it the content API (REST or
// GraphQL, not the admin), and who asks — anonymous, a partner's API token, or the website's own
// tokens (its read token and its forms token)?
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { SITE_TOKEN_NAME } from '../bootstrap/site-token';
import { FORMS_TOKEN_NAME } from '../bootstrap/submissions';

export const isContentApiPath = (path: string): boolean =>
  path === '/graphql' || path.startsWith('/graphql/') || path === '/api' || path.startsWith('/api/');

/** The token of an `Authorization: Bearer …` header, or null. */
export const bearerOf = (authorization: string | undefined): string | null => /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;

export const bearerToken = (ctx: Context): string | null => bearerOf(ctx.get('authorization'));

interface ApiTokenRow {
  name: string;
  type: string;
  expiresAt: string | Date | null;
}

/**
 * Who is asking. `site`: the website's own tokens, never limited; `partner`: every other valid
 * read-only API token, and `full-access`: a token that may also read drafts and write, both
 * limited per token; `anonymous`: no token, and `invalid`: a token that is not one (Strapi refuses
 * it later), both limited per address.
 */
export type ApiCaller = 'anonymous' | 'invalid' | 'partner' | 'full-access' | 'site';
const SITE_TOKENS = new Set([SITE_TOKEN_NAME, FORMS_TOKEN_NAME]);

/** Set by the rate limit (the first content-API middleware) for those after it. */
export const callerOf = (ctx: Context): ApiCaller => (ctx.state as { apiCaller?: ApiCaller }).apiCaller ?? 'anonymous';

const CACHE_MS = 60_000;
const MAX_CACHED = 1000;

export interface TokenCheck {
  caller: ApiCaller;
  /** The token's hash (never the token itself): the key it is counted under. */
  hash: string;
}

export interface ApiTokenClassifier {
  /** The recent answer for this token, without a lookup; undefined when it must be looked up. */
  known(token: string): TokenCheck | undefined;
  /** The last answer for a token found valid, however old: what it was when lookups must wait. */
  lastValid(token: string): TokenCheck | undefined;
  /** Looks the token up (a database query, at most once a minute per token) and remembers the answer. */
  classify(token: string): Promise<TokenCheck>;
}

type Remembered = TokenCheck & { at: number };

/** Keeps at most MAX_CACHED answers, dropping the oldest first. */
function remember(answers: Map<string, Remembered>, token: string, answer: Remembered): void {
  answers.delete(token);
  if (answers.size >= MAX_CACHED) answers.delete(answers.keys().next().value!);
  answers.set(token, answer);
}

/**
 * Remembers recent answers so a token is looked up at most once a minute, and hashed (an HMAC,
 * a noticeable part of a cached answer's cost) only then. Tokens that are not one are kept apart,
 * so a flood of made-up tokens never pushes out the partners' and the website's own.
 */
export function createApiTokenClassifier(strapi: Core.Strapi): ApiTokenClassifier {
  const valid = new Map<string, Remembered>();
  const invalid = new Map<string, Remembered>();
  const known = (token: string) => {
    const cached = valid.get(token) ?? invalid.get(token);
    return cached && Date.now() - cached.at < CACHE_MS ? cached : undefined;
  };
  return {
    known,
    lastValid: (token) => valid.get(token),
    async classify(token) {
      const cached = known(token);
      if (cached) return cached;
      const hash: string = strapi.service('admin::api-token').hash(token);
      const row = (await strapi.db.query('admin::api-token').findOne({ where: { accessKey: hash }, select: ['name', 'type', 'expiresAt'] })) as ApiTokenRow | null;
      const isValid = row !== null && (row.expiresAt === null || new Date(row.expiresAt).getTime() > Date.now());
      const caller: ApiCaller = !isValid ? 'invalid' : SITE_TOKENS.has(row.name) ? 'site' : row.type === 'read-only' ? 'partner' : 'full-access';
      (isValid ? invalid : valid).delete(token);
      remember(isValid ? valid : invalid, token, { caller, hash, at: Date.now() });
      return { caller, hash };
    },
  };
}

const classifiers = new WeakMap<Core.Strapi, ApiTokenClassifier>();

/** This Strapi's one classifier: the rate limit and the response cache's front door share its answers. */
export function apiTokenClassifier(strapi: Core.Strapi): ApiTokenClassifier {
  let classifier = classifiers.get(strapi);
  if (!classifier) {
    classifier = createApiTokenClassifier(strapi);
    classifiers.set(strapi, classifier);
  }
  return classifier;
}
