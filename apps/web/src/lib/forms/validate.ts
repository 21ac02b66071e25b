// Server-side validation of a form post with valibot, built from the form's field definitions, so
// the rules are written once (fields.ts) and the messages once (ui-text.ts). The result is either
// the data to store, or one message per field in the form's order, with every value as typed.
import * as v from 'valibot';
import { formText } from '$lib/ui-text';
import { FORMS, PHONE_PATTERN, type FieldDefinition, type FormName } from './fields';

export type Values = Record<string, string>;
export type Errors = Record<string, string>;
export type Validated =
  | { ok: true; data: Record<string, string | number | boolean | undefined> }
  | { ok: false; values: Values; errors: Errors };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
const EMAIL = v.pipe(v.string(), v.email());
const required = (field: FieldDefinition) => formText.required[field.name] ?? formText.required.name!;

function fieldSchema(field: FieldDefinition) {
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'tel':
    case 'textarea': {
      const tooLong = fill(formText.tooLong, { noun: formText.nouns[field.name] ?? field.name, max: field.maxLength });
      const format =
        field.kind === 'email'
          ? { test: (value: string) => v.is(EMAIL, value), message: formText.emailFormat }
          : field.kind === 'tel'
            ? { test: (value: string) => PHONE_PATTERN.test(value), message: formText.phoneFormat }
            : { test: () => true, message: '' };
      return v.pipe(
        v.string(),
        v.trim(),
        v.check((value: string) => !field.required || value !== '', required(field)),
        v.maxLength<string, number, string>(field.maxLength, tooLong),
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
        v.regex(/^\d+$/, formText.wholeNumber),
        v.transform(Number),
        v.minValue(field.min, fill(formText.range, { min: field.min, max: field.max.toLocaleString('en-US') })),
        v.maxValue(field.max, fill(formText.range, { min: field.min, max: field.max.toLocaleString('en-US') })),
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
        formText.required.phone!,
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
