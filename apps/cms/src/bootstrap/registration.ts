// Public sign-up through users-permissions (/api/auth/local/register, the `register` mutation)
// is off unless USERS_REGISTRATION_ENABLED=true: this site has no public accounts. Set on every
// start, so the environment is the single source of truth.
import type { Core } from '@strapi/strapi';

export async function applyRegistrationSetting(strapi: Core.Strapi, enabled: boolean): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== enabled) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: enabled } });
  }
}
