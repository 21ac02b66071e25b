// The names a side-by-side shows for what a version links to: an entry by its title (the first
// text field of its type: a page's title, a question), a file by its file name.
import type { Core } from '@strapi/strapi';
import type { NameOf } from './readable';
import type { Attributes, ComponentAttributes } from '../phone-check';
import { attributesOf, componentAttributesOf } from '../utils/populate';

const FILE = 'plugin::upload.file';

/** The types and ids linked anywhere in `attributes`' data, and the files. */
function linked(attributes: Attributes, data: unknown, components: ComponentAttributes, into: { entries: Map<string, Set<string>>; files: Set<string> }) {
  if (typeof data !== 'object' || data === null) return;
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = (data as Record<string, unknown>)[name];
    if (value === null || value === undefined) continue;
    const ids = (Array.isArray(value) ? value : [value]).map(String);
    const target = (attribute as { target?: string }).target;
    if (attribute.type === 'relation' && target) ids.forEach((id) => into.entries.set(target, (into.entries.get(target) ?? new Set()).add(id)));
    if (attribute.type === 'media') ids.forEach((id) => into.files.add(id));
    if (attribute.type === 'component' && attribute.component) {
      const own = components(attribute.component) ?? {};
      for (const item of Array.isArray(value) ? value : [value]) linked(own, item, components, into);
    }
    if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value as { __component?: string }[]) linked(components(item.__component ?? '') ?? {}, item, components, into);
    }
  }
}

export async function namesFor(strapi: Core.Strapi, uid: string, versions: Record<string, unknown>[]): Promise<NameOf> {
  const found = { entries: new Map<string, Set<string>>(), files: new Set<string>() };
  for (const data of versions) linked(attributesOf(strapi, uid), data, componentAttributesOf(strapi), found);
  const names = new Map<string, string>();
  for (const [target, ids] of found.entries) {
    const title = Object.entries(attributesOf(strapi, target)).find(([, attribute]) => attribute.type === 'string')?.[0];
    if (!title) continue;
    const rows = (await strapi.db.query(target).findMany({ where: { documentId: { $in: [...ids] } }, select: ['documentId', title] })) as Record<string, string>[];
    for (const row of rows) if (!names.has(`entry:${row.documentId}`)) names.set(`entry:${row.documentId}`, row[title] ?? row.documentId!);
  }
  if (found.files.size > 0) {
    const files = (await strapi.db.query(FILE).findMany({ where: { id: { $in: [...found.files].map(Number) } }, select: ['id', 'name'] })) as { id: number; name: string }[];
    for (const file of files) names.set(`file:${file.id}`, file.name);
  }
  return (kind, id) => names.get(`${kind}:${id}`) ?? `${kind === 'file' ? 'file' : 'entry'} ${id} (no longer exists)`;
}
