// Contact messages and training requests are sealed at rest (encrypted-fields.ts says which
// fields): at the query engine, so every path stores ciphertext (the forms, the Content Manager,
// the CMS's own jobs) and every read through Strapi gets plain text (the Content Manager, which
// staff read them in). The database, its dumps and `pnpm backup` hold ciphertext only. The content
// APIs return none of it either way (no public permission, no GraphQL type).
import type { Core } from '@strapi/strapi';
import { isSealed, open, seal, sealedKeyId, type Keyring } from '../crypto/envelope';
import { SEALED_FIELDS, SEALED_UIDS, sealedAttributes, type SealedUid } from './encrypted-fields';

type Row = Record<string, unknown>;

function sealRow(uid: SealedUid, data: unknown, keyring: Keyring): void {
  if (typeof data !== 'object' || data === null) return;
  const row = data as Row;
  for (const field of sealedAttributes(uid)) {
    const value = row[field];
    // Always sealed, even text that looks sealed: what a visitor types is never taken as ciphertext.
    if (typeof value === 'string' && value !== '') row[field] = seal(value, keyring.current);
  }
}

function openRows(uid: SealedUid, result: unknown, keyring: Keyring): void {
  const rows = Array.isArray(result) ? result : [result];
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null) continue;
    for (const field of sealedAttributes(uid)) {
      const value = (row as Row)[field];
      if (isSealed(value)) (row as Row)[field] = open(value, keyring);
    }
  }
}

/** Seals on every write and opens on every read of the two submission types. */
export function sealSubmissionsAtRest(strapi: Core.Strapi, keyring: Keyring): void {
  for (const uid of SEALED_UIDS) {
    strapi.db.lifecycles.subscribe({
      models: [uid],
      beforeCreate: (event) => sealRow(uid, event.params.data, keyring),
      beforeCreateMany: (event) => (event.params.data as unknown[] | undefined)?.forEach((data) => sealRow(uid, data, keyring)),
      beforeUpdate: (event) => sealRow(uid, event.params.data, keyring),
      beforeUpdateMany: (event) => sealRow(uid, event.params.data, keyring),
      afterFindOne: (event) => openRows(uid, event.result, keyring),
      afterFindMany: (event) => openRows(uid, event.result, keyring),
    });
  }
}

/**
 * Refuses to run with keys that cannot open what is stored (a wrong SUBMISSIONS_KEY): the admin
 * would show nothing and new rows would be under a key the old ones are not. One query per
 * column, of the distinct key ids in it.
 */
export async function checkStoredKeys(strapi: Core.Strapi, keyring: Keyring): Promise<void> {
  const known = new Set([keyring.current.id, keyring.previous?.id]);
  const unknown = new Set<string>();
  for (const { table, columns } of Object.values(SEALED_FIELDS)) {
    for (const column of Object.values(columns) as string[]) {
      const found = (await strapi.db
        .getConnection(table)
        .distinct(strapi.db.connection.raw('substr(??, 1, 24) as head', [column]))
        .where(column, 'like', 'enc:%')) as { head: string }[];
      for (const { head } of found) {
        const id = sealedKeyId(head);
        if (id === null || !known.has(id)) unknown.add(id ?? head);
      }
    }
  }
  if (unknown.size > 0) {
    throw new Error(
      `SUBMISSIONS_KEY does not open the stored form submissions (sealed under key id ${[...unknown].join(', ')}; ` +
        `this key is ${keyring.current.id}${keyring.previous ? `, SUBMISSIONS_KEY_PREVIOUS ${keyring.previous.id}` : ''}): ` +
        'set the key they were written with (while rotating, the old one as SUBMISSIONS_KEY_PREVIOUS)',
    );
  }
}
