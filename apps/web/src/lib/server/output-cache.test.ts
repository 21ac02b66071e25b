import { describe, expect, it } from 'vitest';
import { OutputCache } from './output-cache.js';

const page = (tags: string[]) => ({ status: 200, headers: {}, body: Buffer.from('<p>page</p>'), tags });

describe('OutputCache', () => {
  it('drops the pages of a content type, in one language or all', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    cache.set('/faq', 'br', page(['site-setting', 'locale:en', 'page', 'faq']));
    cache.set('/es/faq', 'br', page(['site-setting', 'locale:es', 'page', 'faq']));
    cache.set('/about', 'br', page(['site-setting', 'locale:en', 'page']));
    expect(cache.drop(['faq'], 'locale:es')).toBe(1);
    expect(cache.drop(['faq'])).toBe(1);
    expect(cache.get('/about', 'br')).toBeDefined();
  });

  it('does not keep a page whose render began before a drop that covers it', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    const faqRender = cache.mark();
    const aboutRender = cache.mark();
    cache.drop(['faq']); // the change notice arrives while both render
    expect(cache.set('/faq', 'br', page(['site-setting', 'locale:en', 'page', 'faq']), faqRender)).toBe(false);
    expect(cache.get('/faq', 'br')).toBeUndefined();
    // A page the drop does not cover is kept, and so is one rendered after the drop.
    expect(cache.set('/about', 'br', page(['site-setting', 'locale:en', 'page']), aboutRender)).toBe(true);
    expect(cache.set('/faq', 'br', page(['site-setting', 'locale:en', 'page', 'faq']), cache.mark())).toBe(true);
  });

  it('keeps a Spanish page rendered during a French-only drop', () => {
    const cache = new OutputCache({ ttlMs: 60_000 });
    const since = cache.mark();
    cache.drop(['faq'], 'locale:fr');
    expect(cache.set('/es/faq', 'br', page(['locale:es', 'faq']), since)).toBe(true);
  });
});
