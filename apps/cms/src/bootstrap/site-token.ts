// The website reads the CMS with its own API token, so it is never rate-limited like an anonymous
// client and can read drafts for previews. When CMS_READ_TOKEN is set (pnpm start generates one),
// a token with exactly that secret is kept in the admin's API tokens. Least privilege: it reads the
// content types the site renders and nothing else (no users, roles or media library), the same
// actions as the Public role.
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS } from './public-permissions';

export const SITE_TOKEN_NAME = 'Website (read-only)';

interface ApiTokenService {
  hash(accessKey: string): string;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  update(id: number, attributes: Record<string, unknown>): Promise<unknown>;
}

export const ensureSiteToken = (strapi: Core.Strapi, secret: string | undefined): Promise<void> =>
  ensureApiToken(strapi, {
    name: SITE_TOKEN_NAME,
    description: 'Used by the public website (CMS_READ_TOKEN). Do not delete.',
    type: 'custom',
    permissions: [...PUBLIC_READ_ACTIONS],
    secret,
  });

/**
 * Keeps an API token called `name` whose secret is exactly `secret` (nothing happens without one);
 * a `custom` token gets exactly `permissions`.
 */
export async function ensureApiToken(
  strapi: Core.Strapi,
  {
    name,
    description,
    type,
    secret,
    permissions,
  }: { name: string; description: string; type: 'read-only' | 'full-access' | 'custom'; secret?: string; permissions?: string[] },
): Promise<void> {
  if (!secret) return;
  const tokens = strapi.service('admin::api-token') as unknown as ApiTokenService;
  const accessKey = tokens.hash(secret);
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name } });
  const id = existing?.id ?? (await tokens.create({ name, description, type, lifespan: null, permissions })).id;
  if (existing && permissions) await tokens.update(id, { type, permissions });
  if (existing?.accessKey === accessKey) return;
  const encryptedKey: string | null = strapi.service('admin::encryption').encrypt(secret);
  await strapi.db.query('admin::api-token').update({ where: { id }, data: { accessKey, encryptedKey } });
}
