// The audit log (api::audit-entry): appended here only, through the query engine (the document
// service refuses every write to it, see guard.ts), so no admin screen or API can add, change or
// delete an entry. It never holds what a visitor sent.
import type { Core } from '@strapi/strapi';
import { currentActor, type Actor } from './actor';

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
        documentId: cryptoId(),
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

/** A documentId like Strapi's (24 lowercase letters and digits). */
function cryptoId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => alphabet[byte % alphabet.length]).join('');
}
