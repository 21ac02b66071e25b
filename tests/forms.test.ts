// The site's form definitions (apps/web/src/lib/forms/fields.ts) are the one list of what a visitor
// sends and of Maine's counties; what the CMS keeps of them must agree. The rules of each field
// against the CMS schemas are apps/web/src/lib/forms/fields.test.ts's subject; here, the lists the
// CMS keeps besides its schemas, and the counties everywhere they are written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from '../apps/cms/src/content-types';
import { FORM_FIELDS } from '../apps/cms/src/submissions/fields';
import { COUNTIES, countyName, FORMS } from '../apps/web/src/lib/forms/fields';

const root = path.resolve(import.meta.dirname, '..');
const enumOf = (file: string, attribute: string): string[] =>
  (JSON.parse(readFileSync(path.join(root, 'apps/cms/src', file), 'utf8')) as { attributes: Record<string, { enum?: string[] }> }).attributes[attribute]!.enum!;

describe("the fields the site's forms send", () => {
  it.each(Object.values(FORMS).map((form) => [form.cmsType, form] as const))('are what the CMS lets the website set on a %s', (cmsType, form) => {
    const uid = CONTENT_TYPES[cmsType as keyof typeof CONTENT_TYPES].uid as keyof typeof FORM_FIELDS;
    // The site adds a sign-up's language itself, from the page the visitor used.
    const sent = [...form.fields.map((field) => field.name), ...(cmsType === 'newsletter-subscription' ? ['language'] : [])];
    expect([...FORM_FIELDS[uid]].sort()).toEqual(sent.sort());
  });

  it('cover every form the CMS takes', () => {
    expect(Object.keys(FORM_FIELDS).sort()).toEqual(Object.values(FORMS).map((form) => CONTENT_TYPES[form.cmsType as keyof typeof CONTENT_TYPES].uid).sort());
  });
});

describe("Maine's counties", () => {
  it('are the sixteen, once each', () => {
    expect(new Set(COUNTIES).size).toBe(16);
  });

  it('are what a training request stores', () => {
    expect(enumOf('api/training-request/content-types/training-request/schema.json', 'county')).toEqual([...COUNTIES]);
  });

  // Stored by their proper names since the directory began, and shown as they are to partners
  // (GraphQL enum values, HSDS service areas "<name> County, Maine").
  it("are the directory's counties, by their proper names", () => {
    expect(enumOf('components/directory/county.json', 'county')).toEqual(COUNTIES.map(countyName));
  });
});
