// Confirmed newsletter subscribers as CSV, for the mailing tool staff send the newsletter with: an
// admin route (signed-in admin users who may read subscriptions), behind the admin's Export button
// (src/admin/app.tsx). Each row carries the subscriber's unsubscribe link for the newsletter's footer.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { NEWSLETTER } from './fields';
import { unsubscribePageUrl } from './links';

export const EXPORT_PATH = '/newsletter-export/subscribers.csv';

interface Row {
  email: string;
  name?: string | null;
  confirmedAt: string;
  unsubscribeToken: string;
  language: string | null;
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export async function subscribersCsv(strapi: Core.Strapi): Promise<string> {
  const rows = (await strapi.db.query(NEWSLETTER).findMany({
    select: ['email', 'name', 'confirmedAt', 'unsubscribeToken', 'language'],
    where: { confirmedAt: { $notNull: true } },
    orderBy: { confirmedAt: 'asc' },
  })) as Row[];
  const lines = [['email', 'name', 'confirmedAt', 'unsubscribeUrl']];
  for (const row of rows) {
    lines.push([row.email, row.name ?? '', new Date(row.confirmedAt).toISOString(), unsubscribePageUrl(row.unsubscribeToken, row.language ?? 'en')]);
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
