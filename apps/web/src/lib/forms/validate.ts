// Server-side validation of a form post with valibot, built from the form's field definitions, so
// the rules are written once (fields.ts) and the messages once (messages/<locale>.json). The schemas
// are built once; their messages are functions, read in the language of the request validating. The
// result is either the data to store, or one message per field in the form's order, with every value
// as typed.
import * as v from 'valibot';
import { getLocale, m } from '$lib/i18n';
import { fieldNouns, requiredMessages } from '$lib/i18n/by-name';
import { FORMS, PHONE_PATTERN, type FieldDefinition, type FormName } from './fields';

export type Values = Record<string, string>;
export type Errors = Record<string, string>;
export type Validated =
  | { ok: true; data: Record<string, string | number | boolean | undefined> }
  | { ok: false; values: Values; errors: Errors };

type Message = () => string;
const EMAIL = v.pipe(v.string(), v.email());
const required = (field: FieldDefinition): Message => requiredMessages[field.name] ?? m.formRequiredName;
const number = (value: number) => value.toLocaleString(getLocale());

function fieldSchema(field: FieldDefinition) {
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'tel':
    case 'textarea': {
      const tooLong = () => m.formTooLong({ noun: (fieldNouns[field.name] ?? (() => field.name))(), max: field.maxLength });
      const format: { test: (value: string) => boolean; message: Message } =
        field.kind === 'email'
          ? { test: (value: string) => v.is(EMAIL, value), message: m.formEmailFormat }
          : field.kind === 'tel'
            ? { test: (value: string) => PHONE_PATTERN.test(value), message: m.formPhoneFormat }
            : { test: () => true, message: () => '' };
      return v.pipe(
        v.string(),
        v.trim(),
        v.check((value: string) => !field.required || value !== '', required(field)),
        v.maxLength(field.maxLength, tooLong),
        v.check((value: string) => value === '' || format.test(value), format.message),
        v.transform((value: string) => (value === '' ? undefined : value)),
      );
    }
    case 'radios':
    case 'select':
      return field.required
        ? v.picklist(field.options as [string, ...string[]], required(field))
        : v.union([v.literal(''), v.picklist(field.options as [string, ...string[]])], required(field));
    case 'number':
      return v.pipe(
        v.string(),
        v.trim(),
        v.nonEmpty(required(field)),
        v.regex(/^\d+$/, m.formWholeNumber),
        v.transform(Number),
        v.minValue(field.min, () => m.formRange({ min: number(field.min), max: number(field.max) })),
        v.maxValue(field.max, () => m.formRange({ min: number(field.min), max: number(field.max) })),
      );
    case 'checkbox':
      return v.pipe(
        v.literal('yes', required(field)),
        v.transform(() => true),
      );
  }
}

function schemaFor(form: FormName) {
  const entries = Object.fromEntries(FORMS[form].fields.map((field) => [field.name, fieldSchema(field)]));
  const object = v.object(entries);
  if (form !== 'contact') return object;
  // Asked to reply by phone: then a phone number is needed.
  return v.pipe(
    object,
    v.forward(
      v.partialCheck(
        [['replyBy'], ['phone']],
        (input: { replyBy?: unknown; phone?: unknown }) => input.replyBy !== 'phone' || Boolean(input.phone),
        m.formRequiredPhone,
      ),
      ['phone'],
    ),
  );
}

const SCHEMAS = {
  contact: schemaFor('contact'),
  trainingRequest: schemaFor('trainingRequest'),
  newsletter: schemaFor('newsletter'),
};

/** The form's values as typed (a missing field, or an unticked box, is ''); nothing else is read. */
export function valuesOf(form: FormName, body: FormData): Values {
  const values: Values = {};
  for (const field of FORMS[form].fields) {
    const value = body.get(field.name);
    values[field.name] = typeof value === 'string' ? value : '';
  }
  return values;
}

export function validate(form: FormName, values: Values): Validated {
  const result = v.safeParse(SCHEMAS[form], values, { abortPipeEarly: true });
  if (result.success) return { ok: true, data: result.output as Record<string, string | number | boolean | undefined> };

  const nested = v.flatten(result.issues).nested ?? {};
  const errors: Errors = {};
  for (const field of FORMS[form].fields) {
    const message = nested[field.name]?.[0];
    if (message) errors[field.name] = message;
  }
  return { ok: false, values, errors };
}
