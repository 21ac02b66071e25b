import { describe, expect, it } from 'vitest';
import { localPath } from './local-path';

describe('localPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(localPath('/faq')).toBe('/faq');
    expect(localPath('/es/resources?category=statutes#top')).toBe('/es/resources?category=statutes#top');
    expect(localPath('/café')).toBe('/caf%C3%A9');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\nSet-Cookie:x=1',
    '/\u202Eevil',
    '/\u0000',
    'javascript:alert(1)',
  ])('sends %j home', (to) => {
    expect(localPath(to)).toBe('/');
  });
});
