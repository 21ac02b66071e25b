// Strapi's `unique: true` is checked by a read before the write, not by the database, so two
// requests at once (or two CMS processes) can both pass it. These indexes make the database refuse
// the twin: a page's address in each language (a document has a draft row and a published row
// with the same slug, so each state has its own index), a newsletter address, whatever its
// case, and a submission's key (the website's delivery of one submission, retried or raced, stores
// one entry). Created on every start (run under the startup lock); Strapi's schema sync leaves indexes
// it did not create alone.
import type { Core } from '@strapi/strapi';
import { NEWSLETTER, type StaffNotifiedUid } from '../submissions/fields';

interface UniqueIndex {
  name: string;
  uid: 'api::page.page' | typeof NEWSLETTER | StaffNotifiedUid;
  /** Columns or expressions, as SQL. */
  on: string;
  where?: string;
}

export const UNIQUE_INDEXES: UniqueIndex[] = [
  { name: 'pages_locale_slug_draft_unique', uid: 'api::page.page', on: 'locale, slug', where: 'published_at IS NULL' },
  { name: 'pages_locale_slug_published_unique', uid: 'api::page.page', on: 'locale, slug', where: 'published_at IS NOT NULL' },
  { name: 'newsletter_subscriptions_email_unique', uid: NEWSLETTER, on: 'lower(email)' },
  { name: 'contact_messages_submission_key_unique', uid: 'api::contact-message.contact-message', on: 'submission_key', where: 'submission_key IS NOT NULL' },
  { name: 'training_requests_submission_key_unique', uid: 'api::training-request.training-request', on: 'submission_key', where: 'submission_key IS NOT NULL' },
];

/** The names of the indexes it could not create (existing twins, which it logs), else []. */
export async function ensureUniqueIndexes(strapi: Core.Strapi): Promise<string[]> {
  const schema = strapi.db.getSchemaName();
  const failed: string[] = [];
  for (const index of UNIQUE_INDEXES) {
    const table = strapi.db.metadata.get(index.uid).tableName;
    const qualified = schema ? `"${schema}"."${table}"` : `"${table}"`;
    const where = index.where ? ` WHERE ${index.where}` : '';
    try {
      await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS "${index.name}" ON ${qualified} (${index.on})${where}`);
    } catch (error) {
      failed.push(index.name);
      strapi.log.error(
        `[unique] ${index.name} could not be created: ${table} already holds twins (${(error as Error).message}). Remove the twin entries in the admin; the index is tried again at the next start.`,
      );
    }
  }
  return failed;
}
