// What the public-API middlewares need to know about a request: is it the content API (REST or
// GraphQL, not the admin), and does it carry a valid API token (the website, partners, previews)?
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export const isContentApiPath = (path: string): boolean =>
  path === '/graphql' || path.startsWith('/graphql/') || path === '/api' || path.startsWith('/api/');

export const bearerToken = (ctx: Context): string | null => {
  const match = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'));
  return match?.[1] ?? null;
};

interface ApiTokenRow {
  expiresAt: string | Date | null;
}

const CACHE_MS = 60_000;
const MAX_CACHED = 1000;

/** Remembers recent answers so a token is looked up at most once a minute. */
export function createApiTokenChecker(strapi: Core.Strapi): (token: string) => Promise<boolean> {
  const answers = new Map<string, { valid: boolean; at: number }>();
  return async (token) => {
    const hash: string = strapi.service('admin::api-token').hash(token);
    const cached = answers.get(hash);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.valid;
    const row = (await strapi.db.query('admin::api-token').findOne({ where: { accessKey: hash } })) as ApiTokenRow | null;
    const valid = row !== null && (row.expiresAt === null || new Date(row.expiresAt).getTime() > Date.now());
    if (answers.size >= MAX_CACHED) answers.clear();
    answers.set(hash, { valid, at: Date.now() });
    return valid;
  };
}
