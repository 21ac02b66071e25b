// Reads the organisation's original text (tests/fixtures/seed-source) into the distinct units — headings,
// paragraphs, list items — that must each exist exactly once in the CMS.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const WRONG_HOTLINE = '1-800-373-3888';
export const HOTLINE = { phone: '1-888-373-7888', sms: '233733', tty: '711' };

const sourceDir = path.resolve(__dirname, 'fixtures/seed-source');

/** Known, deliberate differences between the copy and how the CMS stores it. */
const normalise = (line: string): string =>
  line
    .replace(/^- /, '')
    // The footnote marker is a field of its own (citationMarker / marker).
    .replace(/\[1\]$/, '')
    .replace(/^\[1\] /, '')
    .replace(WRONG_HOTLINE, HOTLINE.phone)
    .trim();

export function seedTextUnits(): string[] {
  const units: string[] = [];
  for (const file of ['about.txt', 'faq.txt']) {
    const text = readFileSync(path.join(sourceDir, file), 'utf8')
      // The notice is wrapped over two lines in the copy.
      .replace(/immediate\nservices/g, 'immediate services');
    for (const raw of text.split('\n')) {
      const unit = normalise(raw);
      // Drop repeats, and stray fragments of a unit already seen (the copy's hidden duplicates).
      if (unit === '' || units.some((seen) => seen.includes(unit))) continue;
      units.push(unit);
    }
  }
  return units;
}
