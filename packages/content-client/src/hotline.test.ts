import { describe, expect, it } from 'vitest';
import { fillHotlineTokens } from './hotline';

const hotline = { label: 'National Human Trafficking Hotline', phone: '1-888-373-7888', sms: '233733', tty: '711' };

describe('fillHotlineTokens', () => {
  it('replaces every token with the current numbers', () => {
    const text = 'Call {{hotline.phone}}, text {{ hotline.sms }} or use TTY {{hotline.tty}}.';
    expect(fillHotlineTokens(text, hotline)).toBe('Call 1-888-373-7888, text 233733 or use TTY 711.');
  });

  it('leaves unknown tokens and other braces alone', () => {
    expect(fillHotlineTokens('{{hotline.fax}} {x}', hotline)).toBe('{{hotline.fax}} {x}');
  });
});
