// The forms and the CMS content types must enforce the same rules: a limit the site allows but the
// CMS refuses would lose a visitor's message; one the CMS allows but the site refuses is a bug too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS, PHONE_PATTERN, type FormName } from './fields';

interface Attribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  enum?: string[];
  regex?: string;
}

const cmsAttributes = (type: string): Record<string, Attribute> => {
  const file = path.resolve(import.meta.dirname, `../../../../cms/src/api/${type}/content-types/${type}/schema.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, Attribute> }).attributes;
};

describe.each(Object.keys(FORMS) as FormName[])('the %s form', (form) => {
  const { cmsType, fields } = FORMS[form];
  const attributes = cmsAttributes(cmsType);

  it.each(fields.map((field) => [field.name, field] as const))('%s follows the CMS type', (name, field) => {
    const attribute = attributes[name];
    expect(attribute, `${cmsType} has no ${name}`).toBeDefined();
    // The consent box must be ticked; the CMS stores it as a required boolean.
    expect(Boolean(attribute!.required)).toBe(field.required || field.kind === 'checkbox');
    if ('maxLength' in field) expect(field.maxLength).toBe(attribute!.maxLength);
    if (field.kind === 'email') expect(attribute!.type).toBe('email');
    if (field.kind === 'tel') expect(attribute!.regex).toBe(PHONE_PATTERN.source);
    if ('options' in field) expect([...field.options]).toEqual(attribute!.enum);
    if (field.kind === 'number') expect([field.min, field.max]).toEqual([attribute!.min, attribute!.max]);
  });

  it('leaves no field the visitor fills out of the form', () => {
    const internal = new Set(['handlingStatus', 'language', 'emailSentAt', 'emailAttempts', 'emailNextAttemptAt', 'confirmedAt', 'confirmToken', 'unsubscribeToken', 'submissionKey']);
    const visitorFields = Object.keys(attributes).filter((name) => !internal.has(name));
    expect(fields.map((field) => field.name).sort()).toEqual(visitorFields.sort());
  });
});
