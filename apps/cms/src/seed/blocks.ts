// Builders for Strapi "blocks" rich text, so seed modules read as prose rather than JSON.
// The shapes follow what the admin's blocks editor saves.

export interface TextNode {
  type: 'text';
  text: string;
}
export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}
export interface ListItemBlock {
  type: 'list-item';
  children: TextNode[];
}
export interface ListBlock {
  type: 'list';
  format: 'unordered' | 'ordered';
  children: ListItemBlock[];
}
export type Block = ParagraphBlock | ListBlock;
export type Blocks = Block[];

export const paragraph = (text: string): ParagraphBlock => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
});

export const bulletList = (items: string[]): ListBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});
