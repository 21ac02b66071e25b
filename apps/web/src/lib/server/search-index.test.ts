import { describe, expect, it } from 'vitest';
import { highlight, NORMALISED_WORDS_KEPT, SearchIndex, type SnippetPart } from './search-index';

const documents = [
  { url: '/faq#what-is-human-trafficking', title: 'What is human trafficking?', section: 'FAQ', body: 'Sex trafficking is the recruitment, harboring or transportation of a person for a commercial sex act.' },
  { url: '/provider-council#aroostook', title: 'Aroostook Mental Health Services', section: 'Provider Council', body: 'Serves people in Aroostook County who were trafficked.' },
  { url: '/resources?category=screeningTools', title: 'Screening tool', section: 'Resources', body: 'A trafficking screening tool for providers. Educación y formación.' },
  { url: '/about', title: 'About', section: 'Pages', body: 'Maine STEN brings training about trafficking to communities across Maine.' },
];
const marked = (parts: SnippetPart[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('SearchIndex', () => {
  it('puts title matches first, and finds stemmed words, typos and unaccented words', async () => {
    const index = await SearchIndex.build(documents);
    expect((await index.search('trafficking')).hits[0]!.url).toBe('/faq#what-is-human-trafficking');
    expect((await index.search('trafficked')).hits.map((hit) => hit.url)).toContain('/faq#what-is-human-trafficking');
    expect((await index.search('traficking')).total).toBeGreaterThanOrEqual(3);
    expect((await index.search('educacion')).hits[0]!.url).toBe('/resources?category=screeningTools');
    expect((await index.search('Aroostook')).hits[0]!.url).toBe('/provider-council#aroostook');
  });

  it('marks the matched words in the title and the snippet', async () => {
    const index = await SearchIndex.build(documents);
    const [hit] = (await index.search('screening tools')).hits;
    expect(marked(hit!.title)).toEqual(['Screening', 'tool']);
    expect(marked(hit!.snippet)).toEqual(['screening', 'tool']);
  });

  it('answers nothing for empty or punctuation-only queries, and copes with markup and quotes', async () => {
    const index = await SearchIndex.build(documents);
    // No word at all: nothing is found.
    for (const query of ['', '   ', '?!.,;', '"', '<>', '""']) {
      await expect(index.search(query), query).resolves.toEqual({ total: 0, hits: [] });
    }
    // Markup and quotes are not words: the answer is the one for the words alone.
    for (const [query, words] of [
      ['<script>alert(1)</script>', 'script alert 1'],
      ['"unmatched quote', 'unmatched quote'],
      ['<b>"Aroostook"</b>', 'b Aroostook'],
    ] as const) {
      expect(await index.search(query), query).toEqual(await index.search(words));
    }
    expect((await index.search('<b>"Aroostook"</b>')).hits[0]?.url).toBe('/provider-council#aroostook');
  });

  it('pages through the results', async () => {
    const index = await SearchIndex.build(documents);
    const all = await index.search('trafficking', { limit: 10 });
    const second = await index.search('trafficking', { offset: 1, limit: 1 });
    expect(second.total).toBe(all.total);
    expect(second.hits[0]!.url).toBe(all.hits[1]!.url);
  });
});

describe('SearchIndex in other languages', () => {
  it('stems Spanish and French words, and marks them in the snippet', async () => {
    const es = await SearchIndex.build([{ url: '/es/get-help', title: 'Ayuda inmediata', section: 'Página', body: 'Los intérpretes atienden llamadas en más de 200 idiomas.' }], 'es');
    const found = await es.search('llamada');
    expect(found.total).toBe(1);
    expect(found.hits[0]!.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['llamadas']);
    const fr = await SearchIndex.build([{ url: '/fr/get-help', title: 'Obtenir de l’aide', section: 'Page', body: 'Des interprètes répondent aux appels dans plus de 200 langues.' }], 'fr');
    expect((await fr.search('appel')).total).toBe(1);
    expect((await fr.search('langue')).total).toBe(1);
  });
});

describe('highlight', () => {
  it('cuts a long text around the first match', () => {
    const text = `${'word '.repeat(100)}target ${'word '.repeat(100)}`;
    const parts = highlight(text, ['target'], 10);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(marked(parts)).toEqual(['target']);
    expect(parts.at(-1)!.text.endsWith(' …')).toBe(true);
  });
});

describe('memory', () => {
  it('remembers a bounded number of searched words, however many different ones are searched', async () => {
    const index = await SearchIndex.build(documents);
    for (let i = 0; i < NORMALISED_WORDS_KEPT * 2; i += 1) await index.search(`madeup${i.toString(36)}word`);
    expect(index.wordsRemembered()).toBeLessThanOrEqual(NORMALISED_WORDS_KEPT);
    // And it still finds what is there.
    expect((await index.search('Aroostook')).hits[0]?.url).toBe('/provider-council#aroostook');
  });
});
