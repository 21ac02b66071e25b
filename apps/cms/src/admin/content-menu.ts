// The Content Manager's menu in the order editors work in: Pages first (it opens there), then the
// rest of the site's content, then what visitors send and the CMS's own records, each group in a
// section of its own. The order comes from the one registry of types (src/content-types.ts); the
// Content Manager keeps it (patches/@strapi__content-manager: menuRank, menuGroup).
import { CONTENT_TYPES, type Access } from '../content-types';

interface MenuLink {
  uid: string;
  menuRank?: number;
  menuGroup?: string;
}

const GROUPS: Record<Access, { rank: number; name?: string }> = {
  public: { rank: 0 },
  submission: { rank: 1, name: 'Messages and sign-ups' },
  'staff-setting': { rank: 2, name: 'Partners and records' },
  'staff-record': { rank: 2, name: 'Partners and records' },
};
/** Where editors start. */
const FIRST = CONTENT_TYPES.page.uid;

const entries = Object.values(CONTENT_TYPES);

export function orderContentLinks<Links extends { ctLinks?: MenuLink[]; stLinks?: MenuLink[] }>(links: Links): Links {
  const place = (link: MenuLink): MenuLink => {
    const index = entries.findIndex((entry) => entry.uid === link.uid);
    const entry = entries[index];
    if (!entry) return link;
    const group = GROUPS[entry.access];
    return { ...link, menuRank: group.rank * 100 + (link.uid === FIRST ? 0 : 1 + index), ...(group.name ? { menuGroup: group.name } : {}) };
  };
  return { ...links, ...(links.ctLinks ? { ctLinks: links.ctLinks.map(place) } : {}), ...(links.stLinks ? { stLinks: links.stLinks.map(place) } : {}) };
}

export const MENU_HOOKS = ['Admin/CM/pages/App/mutate-collection-types-links', 'Admin/CM/pages/App/mutate-single-types-links'];
