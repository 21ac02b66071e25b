import { describe, expect, it } from 'vitest';
import { atomFeed, jsonFeed, type Feed } from './feed';

// What a word processor's paste can bring: C0 controls, U+FFFF, a lone surrogate.
const pasted = 'Rights\u0001 at\u000B work\uFFFF \uD800today';
const feed: Feed = {
  locale: 'en',
  title: `News${'\u0002'}`,
  description: 'Changes',
  siteName: `Maine\u001F STEN`,
  entries: [{ id: 'urn:maine-sten:page:abc:en', kind: 'page', title: pasted, summary: `${pasted} & more`, path: '/about', updated: '2026-01-02T03:04:05.000Z' }],
};
// eslint-disable-next-line no-control-regex -- these controls are what it looks for
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

describe('the feeds with characters XML cannot hold in the content', () => {
  it('write an Atom feed without them (it stays XML a reader can open)', () => {
    const xml = atomFeed(feed, 'https://site.example');
    expect(xml).not.toMatch(NOT_IN_XML);
    expect(xml).toContain('<title>Rights at work today</title>');
    expect(xml).toContain('Rights at work today & more'); // in CDATA
  });

  it('write a JSON feed that parses back (JSON escapes them)', () => {
    expect(JSON.parse(jsonFeed(feed, 'https://site.example')).items[0].title).toBe(pasted);
  });
});
