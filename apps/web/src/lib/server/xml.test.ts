import { describe, expect, it } from 'vitest';
import { escapeXml, xmlText } from './xml';

describe('text for XML', () => {
  it('drops what XML 1.0 cannot hold: C0 controls, U+FFFE/U+FFFF, lone surrogates', () => {
    expect(xmlText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uFFFEi\uFFFFj')).toBe('abcdefghij');
    expect(xmlText('lone \uD800 high, lone \uDC00 low, at the end \uD83D')).toBe('lone  high, lone  low, at the end ');
  });

  it('keeps tab, LF, CR, every other character and well-formed pairs (emoji)', () => {
    const kept = 'tab\tLF\nCR\r é ü ß 中文 العربية \u00A0 \u2028 \uFFFD 🙂 \uD83D\uDE42';
    expect(xmlText(kept)).toBe(kept);
  });

  it('escapes markup after dropping', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
