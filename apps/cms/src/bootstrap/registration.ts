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

/**
 * users-permissions mails (password reset, confirmation) carry their own sender, no-reply@strapi.io
 * by default: make it EMAIL_FROM ("Name <address>" or an address), on every start.
 */
export async function applyAccountEmailSender(strapi: Core.Strapi, from: string | undefined): Promise<void> {
  if (!from) return;
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  const sender = { name: match?.[1] || 'Maine STEN', email: match?.[2] ?? from.trim() };
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const templates = ((await store.get({ key: 'email' })) ?? {}) as Record<string, { options?: Record<string, unknown> }>;
  let changed = false;
  for (const template of Object.values(templates)) {
    const options = template.options ?? {};
    const current = options.from as { name?: string; email?: string } | undefined;
    if (current?.email !== sender.email || current?.name !== sender.name) {
      template.options = { ...options, from: sender, response_email: options.response_email ?? '' };
      changed = true;
    }
  }
  if (changed) await store.set({ key: 'email', value: templates });
}
