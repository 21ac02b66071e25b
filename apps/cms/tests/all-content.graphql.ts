// One GraphQL query for everything an anonymous client can read, as third parties would ask it.
export const ALL_CONTENT_QUERY = /* GraphQL */ `
  query AllContent {
    faqs(pagination: { limit: 100 }, sort: "order") { documentId question slug answer order }
    guidingPrinciples(pagination: { limit: 100 }, sort: ["group", "order"]) { documentId statement group order }
    councilAgencies(pagination: { limit: 100 }, sort: "order") { documentId name slug website description order }
    resources(pagination: { limit: 100 }, sort: "order") { documentId title slug summary url category order }
    siteSetting {
      siteName quickExitUrl donateUrl newsletterUrl contactEmail hotlineLabel hotlineNotice
      hotline { phone sms tty url }
    }
    pages(pagination: { limit: 100 }, sort: "order") {
      documentId title slug summary order showInNavigation
      seo { metaTitle metaDescription }
      body {
        __typename
        ... on ComponentSectionsRichText { heading body }
        ... on ComponentSectionsBulletedList { heading intro items { text } }
        ... on ComponentSectionsCallout { heading text tone }
        ... on ComponentSectionsCitation { marker text }
        ... on ComponentSectionsHotline { heading }
        ... on ComponentSectionsPageLinks { heading pages { slug } }
        ... on ComponentSectionsGuidingPrinciples { heading group citationMarker }
        ... on ComponentSectionsCouncilAgencies { heading intro }
        ... on ComponentSectionsFaqList { heading faqs { slug } }
        ... on ComponentSectionsResourceList { heading category }
      }
    }
  }
`;

/** Every string in a GraphQL answer, with the hotline tokens filled in as the site renders them. */
/** A rich text block's text as one string: its text nodes and the words of its links, joined. */
const INLINE_PARENTS = new Set(['paragraph', 'list-item', 'heading', 'quote']);
const inlineText = (children: unknown[]): string =>
  children
    .map((child) => {
      const node = child as { type?: string; text?: string; children?: unknown[] };
      return node.type === 'link' ? inlineText(node.children ?? []) : (node.text ?? '');
    })
    .join('');

export function collectStrings(value: unknown, hotline: Record<string, string>, into: string[] = []): string[] {
  const block = value as { type?: unknown; children?: unknown } | null;
  if (block && typeof block.type === 'string' && INLINE_PARENTS.has(block.type) && Array.isArray(block.children)) {
    return collectStrings(inlineText(block.children), hotline, into);
  }
  if (typeof value === 'string') {
    into.push(value.replace(/\{\{hotline\.(\w+)\}\}/g, (token, field: string) => hotline[field] ?? token));
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, hotline, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectStrings(item, hotline, into);
  }
  return into;
}
