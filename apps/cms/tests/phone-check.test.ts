// The phone-number check itself (src/phone-check), without Strapi: which strings are numbers, which
// numbers are near misses of the hotline, and where in an entry they are.
import { describe, expect, it } from 'vitest';
import { checkEntry, editDistance, entryTexts, findPhoneNumbers, isNearMiss, nationalDigits, type Attributes } from '../src/phone-check';
import { councilAgencies } from '../src/seed/council-agencies';
import { directoryProfile } from '../src/seed/directory-profile';
import { faqs } from '../src/seed/faqs';
import { guidingPrinciples } from '../src/seed/guiding-principles';
import { pages } from '../src/seed/pages';
import { partnersPage } from '../src/seed/partners-page';
import { resources } from '../src/seed/resources';
import { contentTranslations } from '../src/seed/translations';

const HOTLINE = '1-888-373-7888';
const known = { hotlines: [HOTLINE], others: ['207-555-0100'] };
const paragraph = (...texts: string[]) => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) });
const components: Record<string, Attributes> = {
  'sections.rich-text': { heading: { type: 'string' }, body: { type: 'blocks' } },
  'sections.bulleted-list': { items: { type: 'component', component: 'shared.list-item' } },
  'shared.list-item': { text: { type: 'text' } },
};
const page: Attributes = { title: { type: 'string' }, slug: { type: 'uid' }, order: { type: 'integer' }, body: { type: 'dynamiczone' } };
const faq: Attributes = { question: { type: 'string' }, answer: { type: 'blocks' } };
const check = (attributes: Attributes, data: unknown) => checkEntry(attributes, data, (uid) => components[uid], known);
const answerWith = (text: string) => check(faq, { question: 'What should I do?', answer: [paragraph(`Call ${text} now.`)] });

describe('finding numbers in text', () => {
  it.each([
    ['1-888-373-7888', '8883737888'],
    ['(888) 373-7888', '8883737888'],
    ['888.373.7888', '8883737888'],
    ['+1 888 373 7888', '8883737888'],
    ['1 (888) 373-7888', '8883737888'],
    ['18883737888', '8883737888'],
    ['207-555-0142', '2075550142'],
    ['1-800-373-388', '800373388'],
  ])('finds %s', (written, digits) => {
    expect(findPhoneNumbers(`Call ${written}, any time.`)).toEqual([{ raw: written, digits }]);
  });

  it.each([
    'Adapted from the 2012 manual, updated 2026-11-24 and 24.11.2026 (12/24/2026).',
    'Write to Portland, ME 04101-1234 or 04101.',
    'Tickets cost $1,234.56 or 1.234,56 €; call 711 for TTY or text 233733.',
    'ISBN 978-0-306-40615-7, serial 123-456-7890-12.',
  ])('finds no number in %j', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('reads the country code off', () => {
    expect(nationalDigits('+1-888-373-7888')).toBe('8883737888');
    expect(nationalDigits('888-373-7888')).toBe('8883737888');
  });
});

describe('near misses of the hotline', () => {
  it.each(['1-800-373-3888', '1-888-373-7878', '1-888-733-7888', '888-373-788', '1-888-373-78888', '(888) 373-7899'])('%s is one', (written) => {
    expect(isNearMiss(nationalDigits(written), '8883737888')).toBe(true);
    expect(answerWith(written)).toEqual([{ kind: 'near-miss', path: ['answer'], field: 'answer', number: written, hotline: HOTLINE }]);
  });

  it.each(['1-888-373-7888', '(888) 373-7888', '888.373.7888', '+18883737888'])('%s is the hotline itself', (written) => {
    expect(answerWith(written)).toEqual([]);
  });

  it('counts changes, swaps, missing and extra digits once each', () => {
    expect(editDistance('8883737888', '8883737888')).toBe(0);
    expect(editDistance('8887337888', '8883737888')).toBe(1);
    expect(editDistance('888373788', '8883737888')).toBe(1);
    expect(editDistance('8003733888', '8883737888')).toBe(3);
    expect(isNearMiss('8003733888', '8883737888')).toBe(true); // a toll-free prefix for another: one change
    expect(isNearMiss('2075550142', '8883737888')).toBe(false);
    expect(isNearMiss('88837378', '8883737888')).toBe(false); // two digits short: not the same length
  });

  it('reports another number as unknown, and an agency’s own number not at all', () => {
    expect(answerWith('207-555-0142')).toEqual([{ kind: 'unknown', path: ['answer'], field: 'answer', number: '207-555-0142' }]);
    expect(answerWith('(207) 555-0100')).toEqual([]);
  });

  it('never compares with short codes', () => {
    const shortCodes = { hotlines: [HOTLINE, '711', '233733'], others: [] };
    expect(checkEntry(faq, { answer: [paragraph('Text 233733 or dial 711; call 207-555-0711.')] }, () => undefined, shortCodes)).toEqual([
      expect.objectContaining({ kind: 'unknown', number: '207-555-0711' }),
    ]);
  });
});

describe('where a number is', () => {
  const body = [
    { __component: 'sections.rich-text', heading: 'Help', body: [paragraph('Call 1-888-', '373-7878.')] },
    { __component: 'sections.bulleted-list', items: [{ text: 'Fine' }, { text: 'Dial 1-888-733-7888' }] },
    { __component: 'sections.rich-text', body: [{ type: 'paragraph', children: [{ type: 'link', url: 'tel:+18003733888', children: [{ type: 'text', text: 'Call us' }] }] }] },
  ];

  it('in components and dynamic zones, rich text split across leaves and tel: links, by field path', () => {
    expect(check(page, { title: 'Help', slug: 'help-2026-11-24', order: 8883737878, body }).map(({ field, path, number }) => ({ field, path, number }))).toEqual([
      { field: 'body › 1 › body', path: ['body', '0', 'body'], number: '1-888-373-7878' },
      { field: 'body › 2 › items › 2 › text', path: ['body', '1', 'items', '1', 'text'], number: '1-888-733-7888' },
      { field: 'body › 3 › body', path: ['body', '2', 'body'], number: '+18003733888' },
    ]);
  });

  it('reads only text fields', () => {
    expect(entryTexts(page, { title: 'T', slug: 's', order: 1 }, () => undefined)).toEqual([{ path: ['title'], text: 'T' }]);
  });
});

describe('the seed', () => {
  it('carries no near miss of the hotline, in any language (the seed README: the wrong number is never carried over)', () => {
    const texts = JSON.stringify([councilAgencies, directoryProfile, faqs, guidingPrinciples, pages, partnersPage, resources, contentTranslations]);
    const numbers = findPhoneNumbers(texts.replace(/\\n/g, ' '));
    expect(numbers.filter(({ digits }) => isNearMiss(digits, '8883737888'))).toEqual([]);
  });
});
