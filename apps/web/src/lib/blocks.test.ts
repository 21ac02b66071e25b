import { describe, expect, it } from 'vitest';
import { blocksToText, parseBlocks } from './blocks';

describe('parseBlocks', () => {
  it('keeps the node shapes the admin editor saves', () => {
    const blocks = parseBlocks([
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Bold', bold: true }, { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'link' }] }] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }] },
      { type: 'image', image: { url: '/uploads/a.png', alternativeText: 'A chart', width: 10, height: 5 } },
    ]);
    expect(blocks).toEqual([
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Bold', bold: true },
          { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'link' }] },
        ],
      },
      { type: 'list', format: 'ordered', items: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }] },
      { type: 'image', url: '/uploads/a.png', alt: 'A chart', width: 10, height: 5 },
    ]);
  });

  it('drops what it does not know instead of failing', () => {
    expect(parseBlocks([{ type: 'video' }, null, 'text', { type: 'paragraph', children: [{ type: 'emoji' }] }])).toEqual([
      { type: 'paragraph', children: [] },
    ]);
    expect(parseBlocks(null)).toEqual([]);
    expect(parseBlocks({ type: 'paragraph' })).toEqual([]);
  });
});

describe('blocksToText', () => {
  it('gives one line per paragraph and list item', () => {
    const blocks = parseBlocks([
      { type: 'paragraph', children: [{ type: 'text', text: 'First ' }, { type: 'text', text: 'line.' }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Item' }] }] },
    ]);
    expect(blocksToText(blocks)).toBe('First line.\nItem');
  });
});

describe('links in rich text', () => {
  const paragraph = (url: string) => parseBlocks([{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Click' }] }] }]);

  it.each(['https://example.org/a', 'http://example.org', 'mailto:info@example.org', 'tel:+18883737888', 'sms:233733', '/get-help', '#top', 'faq#what', '?category=x'])(
    'keeps %s as a link',
    (url) => {
      expect(paragraph(url)).toEqual([{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Click' }] }] }]);
    },
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', ''])(
    'shows the text of %j without a link',
    (url) => {
      expect(paragraph(url)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Click' }] }]);
    },
  );
});
