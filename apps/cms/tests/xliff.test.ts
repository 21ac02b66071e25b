// The translators' round trip without Strapi (src/translations/xliff): an entry's words as XLIFF 2.0
// units, the file written and read by the xliff package, and a translation back into the entry's
// fields, refused when it loses a tag, a link, a number or the field's limit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyUnits, messageUnits, readXliff, unitsOf, wordFields, writeXliff, XliffError, type InlineContent, type SchemaAttributes, type Unit } from '../src/translations/xliff';

const schema = (file: string): SchemaAttributes => JSON.parse(readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8')).attributes;
const componentAttributes = (uid: string) => schema(`components/${uid.replace('.', '/')}.json`);
const FAQ = schema('api/faq/content-types/faq/schema.json');
const PAGE = schema('api/page/content-types/page/schema.json');
const AGENCY = schema('api/council-agency/content-types/council-agency/schema.json');

const faq = {
  id: 7,
  documentId: 'faq1',
  locale: 'en',
  slug: 'how-do-i-get-help',
  order: 10,
  translationStatus: 'current',
  question: 'How do I get help?',
  answer: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Call the hotline at 1-888-373-7888, ' },
        { type: 'text', text: 'any time', bold: true },
        { type: 'text', text: ', or ' },
        { type: 'link', url: 'https://example.test/contact?topic=help&lang=en', rel: '', target: '', children: [{ type: 'text', text: 'write to us' }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Text {{hotline.sms}}' }] },
        {
          type: 'list-item',
          children: [
            { type: 'text', text: '' },
            { type: 'link', url: '/resources', children: [{ type: 'text', text: 'Read the ' }, { type: 'text', text: 'guides', italic: true }] },
            { type: 'text', text: '' },
          ],
        },
      ],
    },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Free', bold: true, italic: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'and safe', underline: true },
        { type: 'text', text: '.' },
      ],
    },
    { type: 'image', image: { url: '/uploads/map.png', alternativeText: 'A map' } },
    { type: 'paragraph', children: [{ type: 'text', text: '  ' }] },
  ],
};

const page = {
  id: 3,
  documentId: 'page1',
  slug: 'about',
  order: 20,
  showInNavigation: true,
  translationStatus: 'outdated',
  minorChange: false,
  title: 'About us',
  summary: 'Who we are, since 2004.',
  seo: { id: 11, metaTitle: 'About the Maine STEN', metaDescription: 'Who we are.' },
  body: [
    {
      __component: 'sections.rich-text',
      id: 21,
      heading: 'Our work',
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Since 2004' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'We help ' }, { type: 'text', text: 'survivors', bold: true }, { type: 'text', text: ' in 16 counties.\n' }] },
      ],
    },
    { __component: 'sections.bulleted-list', id: 22, heading: 'What we do', intro: null, items: [{ id: 31, text: 'Training' }, { id: 32, text: 'Referrals' }] },
    { __component: 'sections.page-links', id: 23, heading: 'See also', pages: [{ id: 5, documentId: 'page2' }] },
    { __component: 'sections.hotline', id: 24, heading: '' },
  ],
};

const faqInput = { model: 'faq', documentId: 'faq1', attributes: FAQ, componentAttributes, source: faq };
const pageInput = { model: 'page', documentId: 'page1', attributes: PAGE, componentAttributes, source: page };

/** The English's localized fields as a language version gets them: components without ids (links keep theirs). */
const withoutComponentIds = (value: unknown, key = ''): unknown => {
  if (Array.isArray(value)) return value.map((item) => withoutComponentIds(item, key));
  if (!value || typeof value !== 'object' || key === 'pages') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([inner, item]) => (inner === 'id' ? [] : [[inner, withoutComponentIds(item, inner)]])));
};
const englishFaq = withoutComponentIds({ question: faq.question, answer: faq.answer });
const englishPage = withoutComponentIds({ title: page.title, summary: page.summary, seo: page.seo, body: page.body });

/** A translator who writes "ES " before every stretch of text, tags kept. */
const es = (content: InlineContent | undefined): InlineContent =>
  typeof content === 'string' || content === undefined
    ? `ES ${content ?? ''}`
    : content.map((node) => (typeof node === 'string' ? `ES ${node}` : Object.fromEntries(Object.entries(node).map(([element, fields]) => [element, { ...fields, contents: es(fields.contents) }]))));
/** What that translator's words are in the entry: every text with words, "ES " before it. */
const esWords = (value: unknown, key = ''): unknown => {
  if (Array.isArray(value)) return value.map((item) => esWords(item, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, esWords(item, inner)]));
  const words = ['text', 'question', 'title', 'summary', 'metaTitle', 'metaDescription', 'heading', 'intro'];
  return typeof value === 'string' && words.includes(key) && value.trim() !== '' ? `ES ${value}` : value;
};

/** The file out, the translator's targets in, the file back: what the CMS reads. */
function roundTrip(units: Unit[], translate: (source: InlineContent) => InlineContent, edit = (xml: string) => xml): Map<string, InlineContent> {
  const exported = readXliff(writeXliff({ sourceLanguage: 'en', targetLanguage: 'es', files: { content: units } }));
  const translated = [...exported.units].map(([id, { source }]) => ({ id, source, target: translate(source), note: '' }));
  const returned = readXliff(edit(writeXliff({ sourceLanguage: 'en', targetLanguage: 'es', files: { content: translated } })));
  return new Map([...returned.units].flatMap(([id, { target }]) => (target === undefined ? [] : [[id, target]])));
}
const same = (source: InlineContent) => source;

describe('the fields that are words', () => {
  it('are the localized texts and rich texts, in components too, never slugs, numbers, enumerations or bookkeeping', () => {
    const fields = wordFields(PAGE, componentAttributes);
    expect(Object.keys(fields)).toEqual(['title', 'summary', 'seo', 'body']);
    expect(fields.seo).toEqual({ kind: 'component', fields: { metaTitle: { kind: 'text', maxLength: 70 }, metaDescription: { kind: 'text', maxLength: 160 } } });
    const sections = fields.body?.kind === 'dynamiczone' ? fields.body.components : {};
    expect(Object.keys(sections['sections.citation'] ?? {})).toEqual(['text']);
    expect(Object.keys(sections['sections.guiding-principles'] ?? {})).toEqual(['heading']);
    expect(Object.keys(sections['sections.form'] ?? {})).toEqual(['fieldHelp', 'submitLabel', 'confirmationHeading', 'confirmationText']);
    expect(sections['sections.rich-text']).toEqual({ heading: { kind: 'text', maxLength: 200 }, body: { kind: 'blocks' } });
    expect(Object.keys(wordFields(FAQ, componentAttributes))).toEqual(['question', 'answer']);
    const agency = wordFields(AGENCY, componentAttributes);
    expect(Object.keys(agency)).toEqual(['description', 'services']);
    expect(agency.services).toEqual({ kind: 'component', fields: { name: { kind: 'text', maxLength: 200 }, description: { kind: 'text', maxLength: 2000 }, howToApply: { kind: 'text', maxLength: 1000 } } });
  });
});

describe('an entry’s units', () => {
  it('are one per text field and per block with words, named by their path, tags numbered in order', () => {
    const units = unitsOf(faqInput);
    expect(units.map((unit) => unit.id)).toEqual(['faq/faq1/question', 'faq/faq1/answer.0', 'faq/faq1/answer.1.children.0', 'faq/faq1/answer.1.children.1', 'faq/faq1/answer.2']);
    expect(units[0]).toEqual({ id: 'faq/faq1/question', source: 'How do I get help?', maxLength: 200, note: 'FAQ “How do I get help?” › question (at most 200 characters)' });
    const fixed = { canCopy: 'no', canDelete: 'no' };
    expect(units[1]?.source).toEqual([
      'Call the hotline at 1-888-373-7888, ',
      { Span: { id: '1', ...fixed, type: 'fmt', subType: 'xlf:b', contents: 'any time' } },
      ', or ',
      { Span: { id: '2', ...fixed, type: 'link', dispStart: 'https://example.test/contact?topic=help&lang=en', contents: 'write to us' } },
      '.',
    ]);
    expect(units[3]?.source).toEqual([{ Span: { id: '1', ...fixed, type: 'link', dispStart: '/resources', contents: ['Read the ', { Span: { id: '2', ...fixed, type: 'fmt', subType: 'xlf:i', contents: 'guides' } }] } }]);
    expect(units[4]?.source).toMatchObject([{ Span: { id: '1', subType: 'strapi:bold+italic' } }, ' ', { Span: { id: '2', subType: 'xlf:u' } }, '.']);
    expect(units[3]?.note).toBe('FAQ “How do I get help?” › answer › block 2 › item 2');

    expect(unitsOf(pageInput).map(({ id, note }) => [id, note])).toEqual([
      ['page/page1/title', 'Page “About us” › title (at most 200 characters)'],
      ['page/page1/summary', 'Page “About us” › summary (at most 300 characters)'],
      ['page/page1/seo.metaTitle', 'Page “About us” › seo › metaTitle (at most 70 characters)'],
      ['page/page1/seo.metaDescription', 'Page “About us” › seo › metaDescription (at most 160 characters)'],
      ['page/page1/body.0.heading', 'Page “About us” › body › section 1 › heading (at most 200 characters)'],
      ['page/page1/body.0.body.0', 'Page “About us” › body › section 1 › body › block 1'],
      ['page/page1/body.0.body.1', 'Page “About us” › body › section 1 › body › block 2'],
      ['page/page1/body.1.heading', 'Page “About us” › body › section 2 › heading (at most 200 characters)'],
      ['page/page1/body.1.items.0.text', 'Page “About us” › body › section 2 › items › item 1 › text (at most 1000 characters)'],
      ['page/page1/body.1.items.1.text', 'Page “About us” › body › section 2 › items › item 2 › text (at most 1000 characters)'],
      ['page/page1/body.2.heading', 'Page “About us” › body › section 3 › heading (at most 200 characters)'],
    ]);
  });

  it('carry the language version’s words where its shape there is the English’s', () => {
    const spanish = structuredClone(page) as Omit<typeof page, 'body'> & { body: Record<string, unknown>[] };
    spanish.title = 'Quiénes somos';
    spanish.summary = 'Quiénes somos.'; // the year is missing: not offered
    spanish.body[0] = { ...spanish.body[0], heading: 'Nuestro trabajo' };
    spanish.body[1] = { __component: 'sections.callout', heading: 'Qué hacemos', text: 'x' }; // another section there
    const targets = Object.fromEntries(unitsOf({ ...pageInput, target: spanish }).flatMap((unit) => (unit.target === undefined ? [] : [[unit.id, unit.target]])));
    expect(targets['page/page1/title']).toBe('Quiénes somos');
    expect(targets['page/page1/body.0.heading']).toBe('Nuestro trabajo');
    expect(targets['page/page1/body.0.body.1']).toEqual(unitsOf(pageInput).find((unit) => unit.id === 'page/page1/body.0.body.1')?.source);
    expect(targets).not.toHaveProperty('page/page1/summary');
    expect(targets).not.toHaveProperty('page/page1/body.1.heading');
  });
});

describe('a translation back', () => {
  it('takes the translated words into the English structure, through the XLIFF file and back', () => {
    for (const [input, english] of [[faqInput, englishFaq], [pageInput, englishPage]] as const) {
      const xml = writeXliff({ sourceLanguage: 'en', targetLanguage: 'es', files: { content: unitsOf(input) } });
      expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"');
      const { data, refused } = applyUnits({ ...input, targets: roundTrip(unitsOf(input), es) });
      expect(refused).toEqual([]);
      expect(data).toEqual(esWords(english));
    }
  });

  it('given back the English words, is the English’s localized fields exactly', () => {
    expect(applyUnits({ ...faqInput, targets: roundTrip(unitsOf(faqInput), same) })).toEqual({ data: englishFaq, refused: [] });
    expect(applyUnits({ ...pageInput, targets: roundTrip(unitsOf(pageInput), same) })).toEqual({ data: englishPage, refused: [] });
  });

  it('may move a tag within the sentence, which keeps its link and formatting', () => {
    const targets = roundTrip(unitsOf(faqInput), same);
    const moved = targets.get('faq/faq1/answer.2') as Exclude<InlineContent, string>;
    const [free, safe] = moved.filter((node) => typeof node !== 'string');
    targets.set('faq/faq1/answer.2', ['Es ', safe!, ' y ', free!, '.']);
    const { data, refused } = applyUnits({ ...faqInput, targets });
    expect(refused).toEqual([]);
    expect((data?.answer as { children: unknown[] }[])[2]?.children).toEqual([
      { type: 'text', text: 'Es ' },
      { type: 'text', text: 'and safe', underline: true },
      { type: 'text', text: ' y ' },
      { type: 'text', text: 'Free', bold: true, italic: true },
      { type: 'text', text: '.' },
    ]);
    // The reader drops the space between two tags: the English's is put back, in either order.
    targets.set('faq/faq1/answer.2', [safe!, free!, '.']);
    const swapped = applyUnits({ ...faqInput, targets }).data?.answer as { children: { text: string }[] }[];
    expect(swapped[2]?.children.map((leaf) => leaf.text)).toEqual(['and safe', ' ', 'Free', '.']);
  });
});

describe('a translation is refused, with nothing written, when', () => {
  const refusedWith = (input: typeof faqInput | typeof pageInput, targets: Map<string, InlineContent>) => {
    const { data, refused } = applyUnits({ ...input, targets });
    expect(data).toBeNull();
    return refused;
  };
  const edited = (id: string, edit: (target: Exclude<InlineContent, string>) => InlineContent) => {
    const targets = roundTrip(unitsOf(faqInput), es);
    targets.set(id, edit(targets.get(id) as Exclude<InlineContent, string>));
    return targets;
  };

  it('a unit of the entry is missing, or a unit is not the entry’s', () => {
    const targets = roundTrip(unitsOf(faqInput), es);
    targets.delete('faq/faq1/answer.1.children.0');
    targets.set('faq/faq1/answer.9', 'ES Nueve');
    expect(refusedWith(faqInput, targets)).toEqual([
      { id: 'faq/faq1/answer.1.children.0', reason: 'not translated in the file: an entry is written only when all its texts are' },
      { id: 'faq/faq1/answer.9', reason: 'the English entry has no such text (it may have changed since the file was made: export a new file)' },
    ]);
  });

  it('a tag is removed, added or moved out of its link', () => {
    expect(refusedWith(faqInput, edited('faq/faq1/answer.0', (target) => target.slice(0, 3)))).toEqual([
      { id: 'faq/faq1/answer.0', reason: 'the markup differs from the English: the link to https://example.test/contact?topic=help&lang=en (tag 2) of the English is missing' },
    ]);
    expect(refusedWith(faqInput, edited('faq/faq1/answer.0', (target) => [...target, { Span: { id: '3', type: 'fmt', subType: 'xlf:b', contents: '!' } }]))).toEqual([
      { id: 'faq/faq1/answer.0', reason: 'the markup differs from the English: the tag 3 is not in the English: remove it' },
    ]);
    expect(refusedWith(faqInput, edited('faq/faq1/question', (target) => [target as unknown as string, { Span: { id: '1', type: 'fmt', subType: 'xlf:b', contents: '!' } }]))).toEqual([
      { id: 'faq/faq1/question', reason: 'the markup differs from the English: the tag 1 is not in the English: remove it' },
    ]);
    const italic = (content: InlineContent) => (content as Exclude<InlineContent, string>)[0] as { Span: { contents: Exclude<InlineContent, string> } };
    const out = refusedWith(faqInput, edited('faq/faq1/answer.1.children.1', (target) => [{ Span: { ...italic(target).Span, contents: 'Lea las' } }, italic(target).Span.contents[1]!]));
    expect(out).toEqual([{ id: 'faq/faq1/answer.1.children.1', reason: 'the markup differs from the English: the tag 2 must stay inside the tag 1' }]);
  });

  it('a link’s address is changed', () => {
    const targets = roundTrip(unitsOf(faqInput), es, (xml) => xml.replace(/(<target>ES Call[^]*?dispStart=")https:\/\/example\.test/, '$1https://elsewhere.test'));
    expect(refusedWith(faqInput, targets)).toEqual([
      {
        id: 'faq/faq1/answer.0',
        reason: "the markup differs from the English: the link 2 leads to https://elsewhere.test/contact?topic=help&lang=en where the English's leads to https://example.test/contact?topic=help&lang=en: a link's address is not translated",
      },
    ]);
  });

  it('a phone number or a {{placeholder}} is changed', () => {
    const typo = edited('faq/faq1/answer.0', (target) => [(target[0] as string).replace('1-888-373-7888', '1-800-373-3888'), ...target.slice(1)]);
    expect(refusedWith(faqInput, typo)).toEqual([
      { id: 'faq/faq1/answer.0', reason: 'the phone number 1-888-373-7888 of the English is missing or changed' },
      { id: 'faq/faq1/answer.0', reason: 'the phone number 1-800-373-3888 is not in the English' },
    ]);
    const lost = edited('faq/faq1/answer.1.children.0', () => 'Envíe un SMS al {{hotline.tty}}');
    expect(refusedWith(faqInput, lost)).toEqual([
      { id: 'faq/faq1/answer.1.children.0', reason: 'the placeholder {{hotline.sms}} of the English is missing or changed' },
      { id: 'faq/faq1/answer.1.children.0', reason: 'the placeholder {{hotline.tty}} is not in the English' },
    ]);
  });

  it('a text is over its field’s limit, or empty', () => {
    const targets = roundTrip(unitsOf(pageInput), es);
    targets.set('page/page1/seo.metaTitle', 'x'.repeat(71));
    targets.set('page/page1/body.1.items.0.text', ['', '']);
    expect(refusedWith(pageInput, targets)).toEqual([
      { id: 'page/page1/seo.metaTitle', reason: '71 characters, the field allows 70' },
      { id: 'page/page1/body.1.items.0.text', reason: 'the translation is empty' },
    ]);
  });
});

describe('the XLIFF file', () => {
  const xml = writeXliff({ sourceLanguage: 'en', targetLanguage: 'fr', files: { content: unitsOf(faqInput), messages: messageUnits({ $schema: 'x', quickExit: 'Exit this page', homeLink: 'Go to {siteName}' }, { homeLink: 'Aller à {siteName}' }) } });

  it('reads back what was written: languages, units of every file, targets only where there are some', () => {
    const file = readXliff(xml);
    expect([file.sourceLanguage, file.targetLanguage]).toEqual(['en', 'fr']);
    expect([...file.units.keys()]).toEqual([...unitsOf(faqInput).map((unit) => unit.id), 'messages/quickExit', 'messages/homeLink']);
    expect(file.units.get('messages/homeLink')).toEqual({ source: 'Go to {siteName}', target: 'Aller à {siteName}' });
    expect(file.units.get('faq/faq1/answer.0')?.source).toEqual(unitsOf(faqInput)[1]?.source);
    expect(xml).toContain('slr:sizeRestriction="200"');
    // An empty <target/> is a unit left untranslated, not one translated as nothing.
    const untranslated = writeXliff({ sourceLanguage: 'en', targetLanguage: 'fr', files: { content: [{ id: 'faq/faq1/question', source: 'How?', target: '', note: '' }] } });
    expect(readXliff(untranslated).units.get('faq/faq1/question')).toEqual({ source: 'How?' });
  });

  it('is refused when it is not well-formed XML, not XLIFF 2.0, or has no target language', () => {
    const refusal = (text: string) => {
      try {
        readXliff(text);
      } catch (error) {
        expect(error).toBeInstanceOf(XliffError);
        return (error as Error).message;
      }
      throw new Error('read without an error');
    };
    expect(refusal(xml.replace('</source>', '</sourc>'))).toMatch(/^The file is not well-formed XML \(Unexpected close tag, Line: \d+, Column: \d+, Char: >\): was it changed by hand or cut short\?$/);
    expect(refusal(xml.slice(0, xml.indexOf('Aller à') + 5))).toBe('The file is not well-formed XML (it ends before </xliff>): was it cut short?');
    expect(refusal('<html><body/></html>')).toMatch(/^The file is not an XLIFF 2.0 document/);
    expect(refusal(xml.replace('version="2.0"', 'version="1.2"'))).toMatch(/^The file is not XLIFF 2.0/);
    expect(refusal(xml.replace('<target>Aller à', '<target><mrk id="m1" translate="no">Aller</mrk> à'))).toMatch(/^The unit "messages\/homeLink" has markup the CMS cannot read/);
    expect(refusal(xml.replace(' trgLang="fr"', ''))).toBe('The file has no target language (the trgLang attribute of <xliff>): it holds no translation.');
  });
});
