// The audit log (api::audit-entry): appended here only, through the query engine (the document
// service refuses every write to it, see guard.ts), so no admin screen or API can add, change or
// delete an entry. It never holds what a visitor sent.
import type { Core } from '@strapi/strapi';
import { currentActor, type Actor } from './actor';
import { newDocumentId } from '../utils/document-id';

export const AUDIT = 'api::audit-entry.audit-entry' as const;

export interface AuditEvent {
  action: string;
  subject?: string;
  entry?: string | null;
  language?: string | null;
  details?: Record<string, unknown>;
  actor?: Actor;
}

export async function audit(strapi: Core.Strapi, event: AuditEvent): Promise<void> {
  const actor = event.actor ?? currentActor(strapi);
  try {
    await strapi.db.query(AUDIT).create({
      data: {
        documentId: newDocumentId(),
        actor: actor.label,
        action: event.action,
        subject: event.subject ?? null,
        entry: event.entry ?? null,
        language: event.language ?? null,
        details: event.details ?? null,
      },
    });
  } catch (error) {
    // An action is never refused because its log line could not be written; the log says so.
    strapi.log.error(`[audit] could not record ${event.action} by ${actor.label}: ${(error as Error).message}`);
  }
}
