// What goes into the audit log, from Strapi's own events: every publish, unpublish and delete of
// content (form submissions only as "created" or "deleted", never their content), administrators,
// roles and API tokens. Site settings changes, with each field's old and new value, come from
// site-settings.ts; hotline proposals and decisions from hotline/two-person.ts.
import type { Core } from '@strapi/strapi';
import { isSubmissionType } from '../bootstrap/submissions';
import { contentTypeOf } from '../content-types';
import { audit } from './log';

interface EntryEvent {
  uid?: string;
  entry?: { documentId?: string; locale?: string | null };
}

const CONTENT_EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'] as const;
const ADMIN_EVENTS = ['user.create', 'user.update', 'user.delete', 'role.create', 'role.update', 'role.delete'] as const;

export function recordInAuditLog(strapi: Core.Strapi): void {
  for (const event of CONTENT_EVENTS) {
    strapi.eventHub.on(event, async (info: EntryEvent) => {
      if (!contentTypeOf(info.uid)?.audited) return;
      await audit(strapi, { action: event, subject: info.uid, entry: info.entry?.documentId, language: info.entry?.locale });
    });
  }
  strapi.eventHub.on('entry.create', async (info: EntryEvent) => {
    if (isSubmissionType(info.uid)) await audit(strapi, { action: 'submission.create', subject: info.uid, entry: info.entry?.documentId });
  });
  for (const event of ADMIN_EVENTS) {
    strapi.eventHub.on(event, async (info: { user?: { id?: number; email?: string; isActive?: boolean }; role?: { id?: number; name?: string; code?: string } }) => {
      const details = info.user ? { email: info.user.email, active: info.user.isActive } : { name: info.role?.name, code: info.role?.code };
      await audit(strapi, { action: event, subject: info.user ? 'admin::user' : 'admin::role', entry: String(info.user?.id ?? info.role?.id ?? ''), details });
    });
  }
  strapi.db.lifecycles.subscribe({
    models: ['admin::api-token'],
    async afterCreate(event) {
      const token = event.result as { id?: number; name?: string; type?: string };
      await audit(strapi, { action: 'api-token.create', subject: 'admin::api-token', entry: String(token.id ?? ''), details: { name: token.name, type: token.type } });
    },
    async afterDelete(event) {
      const token = event.result as { id?: number; name?: string } | null;
      await audit(strapi, { action: 'api-token.delete', subject: 'admin::api-token', entry: String(token?.id ?? ''), details: { name: token?.name } });
    },
  });
}
