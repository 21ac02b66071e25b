// Strapi "blocks" rich text arrives as untyped JSON. This narrows it to the node shapes the site
// renders, dropping anything unknown instead of failing the page, and flattens it to plain text
// for meta descriptions and structured data.

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;

/** Rich text links here for the Donate URL of Site settings (the CMS seed writes it; routes/donate). */
export const DONATE_PATH = '/donate';

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: number; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; items: ListEntry[] }
  | { type: 'image'; url: string; alt: string; width?: number; height?: number };

/** A list entry is an item's text or a nested list. */
export type ListEntry = { type: 'list-item'; children: InlineNode[] } | Extract<BlockNode, { type: 'list' }>;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const children = (node: Json): unknown[] => (Array.isArray(node.children) ? node.children : []);

function toText(node: Json): TextNode | null {
  if (node.type !== 'text' || typeof node.text !== 'string') return null;
  const text: TextNode = { type: 'text', text: node.text };
  for (const mark of ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const) {
    if (node[mark] === true) text[mark] = true;
  }
  return text;
}

/**
 * Links may go to web pages, email, phone and text-message addresses, or elsewhere on this site;
 * any other scheme (`javascript:`, `data:`, `vbscript:` …) is shown as plain text. Browsers ignore
 * whitespace and control characters inside a scheme (`java\tscript:`), so those are removed first.
 */
export function isSafeLinkUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined ? compact !== '' : ['http', 'https', 'mailto', 'tel', 'sms'].includes(scheme);
}

function toInline(nodes: unknown[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if (!isObject(node)) continue;
    if (node.type === 'link' && typeof node.url === 'string') {
      const text = children(node).filter(isObject).map(toText).filter((t) => t !== null);
      if (isSafeLinkUrl(node.url)) result.push({ type: 'link', url: node.url.trim(), children: text });
      else result.push(...text);
    } else {
      const text = toText(node);
      if (text) result.push(text);
    }
  }
  return result;
}

function toList(node: Json): Extract<BlockNode, { type: 'list' }> {
  const items: ListEntry[] = [];
  for (const child of children(node)) {
    if (!isObject(child)) continue;
    if (child.type === 'list-item') items.push({ type: 'list-item', children: toInline(children(child)) });
    else if (child.type === 'list') items.push(toList(child));
  }
  return { type: 'list', format: node.format === 'ordered' ? 'ordered' : 'unordered', items };
}

function toBlock(node: unknown): BlockNode | null {
  if (!isObject(node)) return null;
  switch (node.type) {
    case 'paragraph':
    case 'quote':
    case 'code':
      return { type: node.type, children: toInline(children(node)) };
    case 'heading':
      return { type: 'heading', level: typeof node.level === 'number' ? node.level : 2, children: toInline(children(node)) };
    case 'list':
      return toList(node);
    case 'image': {
      const image = isObject(node.image) ? node.image : {};
      if (typeof image.url !== 'string') return null;
      return {
        type: 'image',
        url: image.url,
        alt: typeof image.alternativeText === 'string' ? image.alternativeText : '',
        width: typeof image.width === 'number' ? image.width : undefined,
        height: typeof image.height === 'number' ? image.height : undefined,
      };
    }
    default:
      return null;
  }
}

export const parseBlocks = (value: unknown): BlockNode[] =>
  (Array.isArray(value) ? value : []).map(toBlock).filter((block): block is BlockNode => block !== null);

const inlineText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');

const listText = (list: Extract<BlockNode, { type: 'list' }>): string[] =>
  list.items.flatMap((item) => (item.type === 'list' ? listText(item) : [inlineText(item.children)]));

/** Plain text of the blocks, one line per paragraph or list item. */
export const blocksToText = (blocks: BlockNode[]): string =>
  blocks
    .flatMap((block) => {
      if (block.type === 'image') return [];
      if (block.type === 'list') return listText(block);
      return [inlineText(block.children)];
    })
    .join('\n');
