// Moves every sealed submission field onto the current SUBMISSIONS_KEY: values under
// SUBMISSIONS_KEY_PREVIOUS are opened and sealed again, plain ones (stored before sealing began)
// are sealed. Works on raw rows through `TableAccess` (the rekey script gives it SQLite or
// PostgreSQL), each write only while the value is still the one read, so a CMS running meanwhile
// (with both keys) loses no edit. No Strapi here.
import { open, seal, sealedKeyId, type Keyring } from '../crypto/envelope';
import { SEALED_FIELDS } from './encrypted-fields';

export interface TableAccess {
  /** Every row's id and the given columns. */
  rows(table: string, columns: string[]): Promise<Record<string, unknown>[]>;
  /** Sets `column` to `next` where the row still holds `previous`; whether it did. */
  replace(table: string, id: unknown, column: string, previous: string, next: string): Promise<boolean>;
}

export interface RekeyReport {
  /** Values sealed again (they were under the previous key or plain). */
  resealed: number;
  /** Values already under the current key. */
  current: number;
  /** Values changed by someone else between the read and the write (already current then). */
  skipped: number;
}

export async function rekeySubmissions(db: TableAccess, keyring: Keyring): Promise<RekeyReport> {
  const report: RekeyReport = { resealed: 0, current: 0, skipped: 0 };
  for (const { table, columns } of Object.values(SEALED_FIELDS)) {
    const names = Object.values(columns) as string[];
    for (const row of await db.rows(table, names)) {
      for (const column of names) {
        const value = row[column];
        if (typeof value !== 'string' || value === '') continue;
        if (sealedKeyId(value) === keyring.current.id) {
          report.current += 1;
          continue;
        }
        const next = seal(open(value, keyring), keyring.current);
        if (await db.replace(table, row.id, column, value, next)) report.resealed += 1;
        else report.skipped += 1;
      }
    }
  }
  return report;
}
