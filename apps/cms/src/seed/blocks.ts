// Builders for Strapi "blocks" rich text, so seed modules read as prose rather than JSON.
// The shapes follow what the admin's blocks editor saves.

export interface TextNode {
  type: 'text';
  text: string;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
  /** What the admin's link dialog saves; empty: the site decides (same tab, no rel). */
  rel: '';
  target: '';
}
export type InlineNode = TextNode | LinkNode;
export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}
export interface ListItemBlock {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListBlock {
  type: 'list';
  format: 'unordered' | 'ordered';
  children: ListItemBlock[];
}
export type Block = ParagraphBlock | ListBlock;
export type Blocks = Block[];

/**
 * A link to the Donate URL of Site settings, which may be empty or change: the site resolves it
 * when it renders (a link while the setting is set, plain text while it is not).
 */
export const DONATE_LINK = '/donate';

/** The words of a sentence that become a link, and where it leads. */
export interface Link {
  words: string;
  url: string;
}

/** The text as nodes, with the link's words (which must occur in it) as a link. */
function inline(text: string, link?: Link): InlineNode[] {
  if (!link) return [{ type: 'text', text }];
  const at = text.indexOf(link.words);
  if (at < 0) throw new Error(`Seed link words "${link.words}" are not in "${text}"`);
  const nodes: InlineNode[] = [];
  if (at > 0) nodes.push({ type: 'text', text: text.slice(0, at) });
  nodes.push({ type: 'link', url: link.url, children: [{ type: 'text', text: link.words }], rel: '', target: '' });
  const rest = text.slice(at + link.words.length);
  if (rest) nodes.push({ type: 'text', text: rest });
  return nodes;
}

export const paragraph = (text: string, link?: Link): ParagraphBlock => ({
  type: 'paragraph',
  children: inline(text, link),
});

/** List items are plain text, or [text, link] for an item with a link in it. */
export const bulletList = (items: (string | [string, Link])[]): ListBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({
    type: 'list-item',
    children: typeof item === 'string' ? inline(item) : inline(...item),
  })),
});
