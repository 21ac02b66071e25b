// Strapi's config refuses to load without its secrets (src/settings.ts). Processes that
// never keep data past their own life (the admin build, throwaway test servers) fill in any unset
// secret with a random value instead of needing a .env.
import { randomBytes } from 'node:crypto';

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const throwaway = () => randomBytes(16).toString('base64');

/** Sets every unset Strapi secret in `env` (in place) to a random value; returns `env`. */
export function fillThrowawaySecrets(env) {
  for (const name of SECRETS) env[name] ||= throwaway();
  env.APP_KEYS ||= `${throwaway()},${throwaway()}`;
  // 32 bytes, the size AES-256 takes (src/submissions/encryption-keys.ts).
  env.SUBMISSIONS_KEY ||= randomBytes(32).toString('base64');
  return env;
}
