// Finding phone-like strings in text: North American numbers as people write them (dashes, dots,
// spaces, parentheses, a leading 1 or +1) and plain digit runs. Group lengths are loose on purpose
// (2–4, 2–4, 3–5 digits): a number with a digit missing or extra is exactly what must be caught.
// Dates (2026-11-24, 24.11.2026), zip codes (04101-1234), years and prices have too few digits or
// the wrong grouping, so they are never taken for numbers.

export interface FoundNumber {
  /** As written in the text. */
  raw: string;
  /** The national digits: without the leading country code 1. */
  digits: string;
}

// Not preceded by a word character, a plus, a dot or a dash (so never from the middle of a longer
// run), nor followed by one, or by a separator and a digit (a longer grouping: an ISBN, a serial).
const GROUPED = /(?<![\w+.-])(?:\+?1[-. ]?)?(?:\(\d{2,4}\) ?|\d{2,4}[-. ])\d{2,4}[-. ]\d{3,5}(?![\w]|[-.]\d)/g;
const RUN = /(?<![\w+.-])\+?\d{9,12}(?![\w]|[-.]\d)/g;

/** 9 to 11 national digits: a 10-digit number, or one with a digit missing or extra. */
const MIN_DIGITS = 9;
const MAX_DIGITS = 11;

/** The national digits of a number as written: without its country code 1 when it has one. */
export function nationalDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  const hasCountryCode = /^\s*\+?1(?:[-. (]|\d{10}$)/.test(written) || (digits.length === 11 && digits.startsWith('1'));
  return hasCountryCode ? digits.slice(1) : digits;
}

/** Every phone-like string in `text`, in order. */
export function findPhoneNumbers(text: string): FoundNumber[] {
  const found: { index: number; raw: string }[] = [];
  for (const pattern of [GROUPED, RUN]) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, raw: match[0] });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ raw }) => ({ raw, digits: nationalDigits(raw) }))
    .filter(({ digits }) => digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS);
}
