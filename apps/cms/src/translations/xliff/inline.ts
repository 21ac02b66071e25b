// A rich-text block's words as XLIFF inline content, and back. Plain text stays text; a formatted run
// and a link become paired codes (<pc>), numbered 1, 2, … in reading order, so a translator's tool
// shows them as tags to keep. Rebuilding takes every code's node (marks, link address, rel, target)
// from the English block, never from the file: a translator can move a code but not change it.

/** Strapi "blocks" inline nodes. */
export interface TextLeaf {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkLeaf {
  type: 'link';
  url: string;
  rel?: string;
  target?: string;
  children: TextLeaf[];
}
export type Leaf = TextLeaf | LinkLeaf;

/** An inline element as the xliff package models it: { Span: {...} } is a <pc>, { Standalone: {...} } a <ph>. */
export interface CodeFields {
  id?: string;
  type?: string;
  subType?: string;
  /** A link's address, shown by translation tools on the tag. */
  dispStart?: string;
  contents?: InlineContent;
  [attribute: string]: unknown;
}
export type InlineCode = { [elementType: string]: CodeFields };
export type InlineNode = string | InlineCode;
export type InlineContent = string | InlineNode[];

const MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
// XLIFF's own names where it has them (xlf:b, xlf:i, xlf:u), ours otherwise.
const SUBTYPES: Record<(typeof MARKS)[number], string> = { bold: 'xlf:b', italic: 'xlf:i', underline: 'xlf:u', strikethrough: 'strapi:strikethrough', code: 'strapi:code' };

const marksOf = (leaf: TextLeaf) => MARKS.filter((mark) => leaf[mark] === true);
const subTypeOf = (marks: (typeof MARKS)[number][]) => (marks.length === 1 ? SUBTYPES[marks[0]!] : `strapi:${marks.join('+')}`);

/** A leaf in reading order, with its code id when it is a code, and a link's own leaves. */
interface Token {
  leaf: Leaf;
  id?: string;
  inner?: Token[];
}

function tokenize(children: Leaf[], next = counter()): Token[] {
  return children.map((leaf) => {
    if (leaf.type === 'link') {
      const id = next();
      return { leaf, id, inner: tokenize(leaf.children ?? [], next) };
    }
    return marksOf(leaf).length > 0 ? { leaf, id: next() } : { leaf };
  });
}

function counter(): () => string {
  let last = 0;
  return () => String(++last);
}

const simplify = (nodes: InlineNode[]): InlineContent => (nodes.every((node) => typeof node === 'string') ? nodes.join('') : nodes);

function encode(tokens: Token[]): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const { leaf, id, inner } of tokens) {
    const fixed = { id, canCopy: 'no', canDelete: 'no' };
    if (leaf.type === 'link') nodes.push({ Span: { ...fixed, type: 'link', dispStart: leaf.url, contents: simplify(encode(inner ?? [])) } });
    else if (id) nodes.push({ Span: { ...fixed, type: 'fmt', subType: subTypeOf(marksOf(leaf)), contents: leaf.text } });
    else if (leaf.text !== '') nodes.push(typeof nodes.at(-1) === 'string' ? `${nodes.pop() as string}${leaf.text}` : leaf.text);
  }
  return nodes;
}

/** A block's inline children as XLIFF inline content. */
export const toInline = (children: Leaf[]): InlineContent => simplify(encode(tokenize(children)));

/** The words of inline content or of leaves, as a reader reads them. */
export const plainText = (content: InlineContent | undefined): string =>
  typeof content === 'string' ? content : (content ?? []).map((node) => (typeof node === 'string' ? node : plainText(codeOf(node).contents))).join('');
export const leavesText = (children: Leaf[]): string => children.map((leaf) => (leaf.type === 'link' ? leavesText(leaf.children ?? []) : leaf.text)).join('');

export const asNodes = (content: InlineContent | undefined): InlineNode[] => (typeof content === 'string' ? (content === '' ? [] : [content]) : (content ?? []));
const elementOf = (code: InlineCode): string => Object.keys(code)[0] ?? '';
const codeOf = (code: InlineCode): CodeFields => code[elementOf(code)] ?? {};

interface CodeInfo {
  element: string;
  fields: CodeFields;
  parent: string | null;
}

function catalogue(content: InlineContent | undefined, parent: string | null = null, into: [string, CodeInfo][] = []): [string, CodeInfo][] {
  for (const node of asNodes(content)) {
    if (typeof node === 'string') continue;
    const fields = codeOf(node);
    into.push([String(fields.id ?? ''), { element: elementOf(node), fields, parent }]);
    catalogue(fields.contents, String(fields.id ?? ''), into);
  }
  return into;
}

const TAGS: Record<string, string> = { Span: 'pc', GenericSpan: 'pc', Standalone: 'ph', SpanStart: 'sc', SpanEnd: 'ec' };
const describeCode = ({ fields }: CodeInfo) => (fields.type === 'link' ? `the link to ${fields.dispStart}` : `the formatting ${fields.subType ?? fields.type}`);

/** Why a translation's codes are not the English's: each code once, unchanged, in the same code. */
export function codeDifferences(english: InlineContent, translation: InlineContent): string[] {
  const expected = new Map(catalogue(english));
  const found = catalogue(translation);
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const [id, code] of found) {
    const own = expected.get(id);
    if (seen.has(id)) reasons.push(`the tag ${id} appears more than once (the English has it once)`);
    seen.add(id);
    if (!own) reasons.push(`the tag ${id || 'without an id'} is not in the English: remove it`);
    else if (TAGS[code.element] !== TAGS[own.element]) reasons.push(`the tag ${id} is a <${TAGS[code.element] ?? code.element}> where the English has a <${TAGS[own.element]}>`);
    else if (own.fields.type === 'link' && code.fields.dispStart !== undefined && code.fields.dispStart !== own.fields.dispStart) {
      reasons.push(`the link ${id} leads to ${code.fields.dispStart} where the English's leads to ${own.fields.dispStart}: a link's address is not translated`);
    } else if ((['type', 'subType'] as const).some((key) => code.fields[key] !== undefined && code.fields[key] !== own.fields[key])) {
      reasons.push(`the tag ${id} is ${code.fields.subType ?? code.fields.type} where the English has ${own.fields.subType ?? own.fields.type}`);
    } else if (code.parent !== own.parent) reasons.push(own.parent ? `the tag ${id} must stay inside the tag ${own.parent}` : `the tag ${id} must not be inside the tag ${code.parent}`);
  }
  for (const [id, code] of expected) if (!seen.has(id)) reasons.push(`${describeCode(code)} (tag ${id}) of the English is missing`);
  return reasons;
}

/**
 * The xliff package's reader drops text that is only whitespace between tags, and a text's last line
 * break (with the whitespace after it): the English's are put back, since a translator's are lost.
 */
export function restoreWhitespace(english: string, read: string): string {
  if (read === '') return english.trim() === '' ? english : read;
  const lastBreak = /\n\s*$/.test(english) ? english.slice(english.lastIndexOf('\n')) : '';
  return lastBreak && !/\n\s*$/.test(read) ? read + lastBreak : read;
}

/** The English children with the translation's words: run codeDifferences first. */
export const fromInline = (englishChildren: Leaf[], translation: InlineContent): Leaf[] => rebuild(tokenize(englishChildren), asNodes(translation));

function rebuild(tokens: Token[], nodes: InlineNode[]): Leaf[] {
  const english = tokens.filter((token) => token.id);
  const codes = nodes.filter((node): node is InlineCode => typeof node !== 'string');
  const byId = new Map(english.map((token) => [token.id, token]));
  const code = (node: InlineCode): Leaf => {
    const token = byId.get(String(codeOf(node).id))!;
    const contents = codeOf(node).contents;
    if (token.leaf.type === 'link') return { ...token.leaf, children: rebuild(token.inner ?? [], asNodes(contents)) as TextLeaf[] };
    return { ...token.leaf, text: restoreWhitespace(token.leaf.text, plainText(contents)) };
  };
  if (codes.map((node) => codeOf(node).id).join() !== english.map((token) => token.id).join()) return reordered(tokens, nodes, code);
  // Same order: each stretch of text between two codes fills the English's plain leaves there, so
  // a translation that keeps the English's order keeps its structure exactly.
  const textGaps = stretches(nodes, (node) => typeof node !== 'string').map((gap) => gap.join(''));
  return stretches(tokens, (token) => Boolean(token.id)).flatMap((leaves, index) => {
    const text = restoreWhitespace(leaves.map(({ leaf }) => (leaf as TextLeaf).text).join(''), textGaps[index] ?? '');
    const filled: Leaf[] = leaves.length === 0 ? (text ? [{ type: 'text', text }] : []) : leaves.map(({ leaf }, at) => ({ ...(leaf as TextLeaf), text: at === 0 ? text : '' }));
    return index < codes.length ? [...filled, code(codes[index]!)] : filled;
  });
}

/** The items before, between and after the codes. */
function stretches<T>(items: T[], isCode: (item: T) => boolean): T[][] {
  const all: T[][] = [[]];
  for (const item of items) {
    if (isCode(item)) all.push([]);
    else all.at(-1)!.push(item);
  }
  return all;
}

/** Codes moved by the translator: the leaves in the translation's order. */
function reordered(tokens: Token[], nodes: InlineNode[], code: (node: InlineCode) => Leaf): Leaf[] {
  // Whitespace between two codes that neighbour in the English, which the reader dropped.
  const between = new Map<string, string>();
  tokens.forEach((token, at) => {
    const [space, after] = [tokens[at + 1], tokens[at + 2]];
    if (token.id && space && !space.id && (space.leaf as TextLeaf).text.trim() === '' && after?.id) {
      for (const key of [`${token.id}|${after.id}`, `${after.id}|${token.id}`]) between.set(key, (space.leaf as TextLeaf).text);
    }
  });
  return nodes.flatMap((node, at): Leaf[] => {
    if (typeof node === 'string') return node === '' ? [] : [{ type: 'text', text: node }];
    const previous = nodes[at - 1];
    const space = previous && typeof previous !== 'string' ? between.get(`${codeOf(previous).id}|${codeOf(node).id}`) : undefined;
    return space ? [{ type: 'text', text: space }, code(node)] : [code(node)];
  });
}
