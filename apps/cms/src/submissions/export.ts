// Confirmed newsletter subscribers as CSV, for the mailing tool staff send the newsletter with: an
// admin route (signed-in admin users who may read subscriptions), behind the admin's Export button
// (src/admin/app.tsx). Each row carries the subscriber's unsubscribe link for the newsletter's footer.
// Opened in a spreadsheet, no cell of it may run as a formula, whatever separator the spreadsheet takes.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { NEWSLETTER } from './fields';
import { unsubscribePageUrl } from './links';
import { newToken } from './tokens';

export const EXPORT_PATH = '/newsletter-export/subscribers.csv';

interface Row {
  id: number;
  email: string;
  name?: string | null;
  confirmedAt: string;
  unsubscribeToken: string | null;
  language: string | null;
}

/**
 * Where a spreadsheet could start a formula: the start of the cell, or of whatever it may take for
 * a new cell or row (the comma; the semicolon, the separator of Spanish and French spreadsheets;
 * tab; line breaks), followed by = + - @, or by the spaces, tab or CR some spreadsheets skip before
 * one. Quoting alone is not enough: one that splits lines on another separator than the comma
 * finds the quotes in the wrong places.
 */
const FORMULA_START = /(?<=^|[,;\t\r\n])(?= *[=+\-@\t\r])/g;

/** RFC 4180 quoting of every cell, each part that could start a formula defused by a leading '. */
export function csvCell(value: string): string {
  return `"${value.replace(FORMULA_START, "'").replaceAll('"', '""')}"`;
}

const csvLine = (cells: string[]): string => cells.map(csvCell).join(',');

/**
 * The subscriber's unsubscribe token. One added before every subscriber got one (by staff, in the
 * admin) gets it now, kept for the next exports: only where none is stored yet, so two exports at
 * once hand out the same one.
 */
async function unsubscribeToken(strapi: Core.Strapi, row: Row): Promise<string> {
  if (row.unsubscribeToken) return row.unsubscribeToken;
  await strapi.db.query(NEWSLETTER).updateMany({
    where: { id: row.id, $or: [{ unsubscribeToken: { $null: true } }, { unsubscribeToken: '' }] },
    data: { unsubscribeToken: newToken() },
  });
  const stored = (await strapi.db.query(NEWSLETTER).findOne({ select: ['unsubscribeToken'], where: { id: row.id } })) as Pick<Row, 'unsubscribeToken'>;
  return stored.unsubscribeToken!;
}

export async function subscribersCsv(strapi: Core.Strapi): Promise<string> {
  const rows = (await strapi.db.query(NEWSLETTER).findMany({
    select: ['id', 'email', 'name', 'confirmedAt', 'unsubscribeToken', 'language'],
    where: { confirmedAt: { $notNull: true } },
    orderBy: { confirmedAt: 'asc' },
  })) as Row[];
  const lines = [csvLine(['email', 'name', 'confirmedAt', 'unsubscribeUrl'])];
  for (const row of rows) {
    const token = await unsubscribeToken(strapi, row);
    lines.push(csvLine([row.email, row.name ?? '', new Date(row.confirmedAt).toISOString(), unsubscribePageUrl(token, row.language ?? 'en')]));
  }
  return lines.join('\r\n') + '\r\n';
}

export function registerExportRoute(strapi: Core.Strapi): void {
  const routes = strapi.admin.routes as Record<string, unknown>;
  routes['newsletter-export'] = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: EXPORT_PATH,
        handler: async (ctx: Context) => {
          const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean };
          if (!ability.can('plugin::content-manager.explorer.read', NEWSLETTER)) {
            ctx.status = 403;
            ctx.body = { error: { status: 403, name: 'ForbiddenError', message: 'Forbidden' } };
            return;
          }
          const date = new Date().toISOString().slice(0, 10);
          ctx.set('content-type', 'text/csv; charset=utf-8');
          ctx.set('content-disposition', `attachment; filename="newsletter-subscribers-${date}.csv"`);
          ctx.set('cache-control', 'no-store');
          ctx.body = await subscribersCsv(strapi);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  };
}
