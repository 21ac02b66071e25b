// The verdict on an entry's numbers: each phone-like string is the hotline, another known number
// (an agency's own), a near miss of the hotline (refused at publish: a caller would reach someone
// else), or unknown (allowed, listed for the editor and in the log).
import { findPhoneNumbers, nationalDigits } from './find';
import { isNearMiss } from './near-miss';
import { entryTexts, fieldLabel, type Attributes, type ComponentAttributes } from './texts';

/** The site's own hotline number when the site settings have none (src/seed/site-setting.ts). */
export const BUILT_IN_HOTLINE = '1-888-373-7888';

export interface KnownNumbers {
  /** The hotline's phone numbers as written (the published site settings'). */
  hotlines: string[];
  /** Other numbers that are right as they are: the agencies' own phones. */
  others: string[];
}

export interface PhoneFinding {
  kind: 'near-miss' | 'unknown';
  path: string[];
  /** The field as editors read it: `body › 1 › body`. */
  field: string;
  /** The number as written. */
  number: string;
  /** For a near miss: the hotline number it looks like. */
  hotline?: string;
}

/** Full numbers only: short codes (TTY 711, SMS 233733) are never compared with text. */
const fullNumber = (digits: string) => digits.length >= 10;

export function checkEntry(attributes: Attributes, data: unknown, componentAttributes: ComponentAttributes, known: KnownNumbers): PhoneFinding[] {
  const hotlines = known.hotlines.map((written) => ({ written, digits: nationalDigits(written) })).filter(({ digits }) => fullNumber(digits));
  const exact = new Set([...hotlines.map(({ digits }) => digits), ...known.others.map(nationalDigits)]);
  return entryTexts(attributes, data, componentAttributes).flatMap(({ path, text }) =>
    findPhoneNumbers(text).flatMap(({ raw, digits }): PhoneFinding[] => {
      if (exact.has(digits)) return [];
      const field = fieldLabel(path);
      const lookalike = hotlines.find((hotline) => isNearMiss(digits, hotline.digits));
      if (lookalike) return [{ kind: 'near-miss', path, field, number: raw, hotline: lookalike.written }];
      return [{ kind: 'unknown', path, field, number: raw }];
    }),
  );
}

/** What the editor reads when a publish is refused. */
export const nearMissMessage = ({ field, number, hotline }: PhoneFinding): string =>
  `${field}: ${number} looks like the National Human Trafficking Hotline but is not it: the hotline is ${hotline}. ` +
  'Correct the number (or write {{hotline.phone}}, which the site replaces with the number from Site settings).';
