// What a translation must keep of its source (src/translations/shape.ts): each way of breaking it
// is named by the difference it makes.
import { describe, expect, it } from 'vitest';
import { paragraph } from '../src/seed/blocks';
import { fixedParts, shapeDifferences } from '../src/translations/shape';

const source = {
  title: 'Call {{hotline.phone}} now',
  body: [paragraph('Read the 2 guides.', { words: 'guides', url: '/resources' }), paragraph('Second.')],
};

describe('a translation’s shape', () => {
  it('is its source’s when only the words change', () => {
    const translation = {
      title: 'Llame ahora al {{hotline.phone}}',
      body: [paragraph('Lea las 2 guías.', { words: 'guías', url: '/resources' }), paragraph('Segundo.')],
    };
    expect(shapeDifferences(source, translation)).toEqual([]);
  });

  it('differs for a dropped paragraph, a changed link, a lost token, a typed-in number or a missing field', () => {
    const good = () => ({ title: 'Llame ahora al {{hotline.phone}}', body: [paragraph('Lea las 2 guías.', { words: 'guías', url: '/resources' }), paragraph('Segundo.')] });
    const cases: [string, object][] = [
      ['dropped paragraph', { ...good(), body: good().body.slice(0, 1) }],
      ['changed link', { ...good(), body: [paragraph('Lea las 2 guías.', { words: 'guías', url: 'https://example.test/' }), paragraph('Segundo.')] }],
      ['lost token', { ...good(), title: 'Llame ahora' }],
      ['typed-in number', { ...good(), title: 'Llame ahora al {{hotline.phone}} o al 1-800-555-0100' }],
      ['missing field', { body: good().body }],
      ['empty text', { ...good(), title: ' ' }],
    ];
    for (const [name, translation] of cases) expect(shapeDifferences(source, translation), name).not.toEqual([]);
  });

  it('counts a number however it is punctuated', () => {
    expect(fixedParts('1-888-373-7888 {{x}}')).toEqual(['18883737888', '{{x}}']);
    expect(fixedParts('1 888 373 7888')).toEqual(['18883737888']);
  });
});
