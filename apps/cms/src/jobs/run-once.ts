// A scheduled job that must run once for the whole cluster, though Strapi's cron fires it in every
// CMS process: each run has a slot (the night's date, say), and the process whose UPDATE moves
// the job's row in Strapi's store to that slot runs it; the others' UPDATE matches no row. The
// rows are created at startup (under the startup lock, so never twice); a claim is one statement,
// so it holds on PostgreSQL with any number of processes, and on SQLite.
import type { Core } from '@strapi/strapi';

const STORE = { type: 'plugin', name: 'maine-sten' } as const;
const rowKey = (job: string) => `${STORE.type}_${STORE.name}_cluster-job-${job}`;

/** Creates the job's row if it is absent; call from the bootstrap. */
export async function registerClusterJob(strapi: Core.Strapi, job: string): Promise<void> {
  const store = strapi.store({ ...STORE, key: `cluster-job-${job}` });
  if ((await store.get()) === null) await store.set({ value: 'never' });
}

/** True in exactly one process (or call) per job and slot. */
export async function claimRun(strapi: Core.Strapi, job: string, slot: string): Promise<boolean> {
  const table = strapi.db.metadata.get('strapi::core-store').tableName;
  const value = JSON.stringify(slot);
  const updated = await strapi.db
    .connection(table)
    .where({ key: rowKey(job), environment: null, tag: null })
    .whereNot({ value })
    .update({ value });
  return updated === 1;
}
