// The site's three forms: their fields in order, with the rules the CMS content types enforce
// (apps/cms/src/api/<type>/content-types: fields.test.ts checks they agree). Labels, hints and
// messages are interface text (form-text.ts); the CMS adds optional help per field.

import type { FullAutoFill } from 'svelte/elements';

export type FormName = 'contact' | 'trainingRequest' | 'newsletter';

/**
 * Maine's counties, as a training request stores them. The site's labels and the directory's
 * counties (apps/cms/src/components/directory/county.json, stored by their proper names) follow
 * this list: tests/forms.test.ts holds them equal.
 */
export const COUNTIES = [
  'androscoggin',
  'aroostook',
  'cumberland',
  'franklin',
  'hancock',
  'kennebec',
  'knox',
  'lincoln',
  'oxford',
  'penobscot',
  'piscataquis',
  'sagadahoc',
  'somerset',
  'waldo',
  'washington',
  'york',
] as const;

/** A county's proper name, the same in every language: its label, and what the directory stores. */
export const countyName = (county: string): string => county.charAt(0).toUpperCase() + county.slice(1);

/** Digits, spaces, brackets, dots and dashes, an optional leading +: 7 to 30 characters. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{7,30}$/;

interface Base {
  name: string;
  required: boolean;
}
export type FieldDefinition = Base &
  (
    | { kind: 'text' | 'email' | 'tel' | 'textarea'; maxLength: number; autocomplete?: FullAutoFill }
    | { kind: 'radios' | 'select'; options: readonly string[] }
    | { kind: 'number'; min: number; max: number }
    | { kind: 'checkbox' }
  );

const name: FieldDefinition = { name: 'name', kind: 'text', required: true, maxLength: 100, autocomplete: 'name' };
const email: FieldDefinition = { name: 'email', kind: 'email', required: true, maxLength: 254, autocomplete: 'email' };

export const FORMS: Record<FormName, { cmsType: string; fields: FieldDefinition[] }> = {
  contact: {
    cmsType: 'contact-message',
    fields: [
      name,
      email,
      { name: 'phone', kind: 'tel', required: false, maxLength: 30, autocomplete: 'tel' },
      { name: 'replyBy', kind: 'radios', required: true, options: ['email', 'phone'] },
      { name: 'message', kind: 'textarea', required: true, maxLength: 5000 },
    ],
  },
  trainingRequest: {
    cmsType: 'training-request',
    fields: [
      name,
      email,
      { name: 'organization', kind: 'text', required: true, maxLength: 200, autocomplete: 'organization' },
      { name: 'role', kind: 'text', required: true, maxLength: 100, autocomplete: 'organization-title' },
      { name: 'county', kind: 'select', required: true, options: COUNTIES },
      { name: 'audience', kind: 'text', required: true, maxLength: 200 },
      { name: 'audienceSize', kind: 'number', required: true, min: 1, max: 10000 },
      { name: 'format', kind: 'radios', required: true, options: ['inPerson', 'online'] },
      { name: 'preferredDates', kind: 'text', required: false, maxLength: 200 },
      { name: 'topics', kind: 'textarea', required: false, maxLength: 1000 },
      { name: 'message', kind: 'textarea', required: false, maxLength: 5000 },
    ],
  },
  newsletter: {
    cmsType: 'newsletter-subscription',
    fields: [
      { ...email },
      { ...name, required: false },
      { name: 'consent', kind: 'checkbox', required: true },
    ],
  },
};
