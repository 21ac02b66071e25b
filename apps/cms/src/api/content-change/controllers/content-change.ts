// A marker per public content type and language that changes whenever what is published there
// does: how many published rows, the newest row id (a publish writes a new row), and the newest
// update time. One grouped query per type, on indexes Strapi keeps anyway.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { SITE_MODELS } from '../../../content-types';

interface MarkerRow {
  locale: string | null;
  rows: number | string;
  newest_id: number | string | null;
  newest_update: string | Date | number | null;
}

const stamp = (value: MarkerRow['newest_update']) =>
  value === null ? '' : typeof value === 'number' ? String(value) : new Date(value).toISOString();

export async function contentMarkers(strapi: Core.Strapi): Promise<Record<string, Record<string, string>>> {
  const markers: Record<string, Record<string, string>> = {};
  await Promise.all(
    Object.entries(SITE_MODELS).map(async ([model, uid]) => {
      const table = strapi.db.metadata.get(uid).tableName;
      const rows = (await strapi.db
        .connection(table)
        .whereNotNull('published_at')
        .select('locale')
        .count({ rows: '*' })
        .max({ newest_id: 'id' })
        .max({ newest_update: 'updated_at' })
        .groupBy('locale')) as MarkerRow[];
      markers[model] = Object.fromEntries(rows.map((row) => [row.locale ?? 'en', `${row.rows}:${row.newest_id}:${stamp(row.newest_update)}`]));
    }),
  );
  return markers;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await contentMarkers(strapi) };
  },
});
