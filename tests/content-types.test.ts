// The CMS's registry of content types (apps/cms/src/content-types.ts) is the one list the CMS reads
// wherever it treats types alike. It must name every type the CMS defines, as the schema defines it,
// and the site must drop its cache for exactly the types the registry says it shows: a public type
// the site's AFFECTED_KEYS forgot would stay stale on the site until its cache expired.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, SITE_MODELS } from '../apps/cms/src/content-types';

const root = path.resolve(import.meta.dirname, '..');
const apiDir = path.join(root, 'apps/cms/src/api');

interface Schema {
  kind: 'collectionType' | 'singleType';
  info: { singularName: string };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, { type: string }>;
}

const schemas = new Map<string, Schema>(
  readdirSync(apiDir).flatMap((api) => {
    const typesDir = path.join(apiDir, api, 'content-types');
    let names: string[];
    try {
      names = readdirSync(typesDir);
    } catch {
      return []; // an API without its own type (content-change)
    }
    return names.map((name): [string, Schema] => [`api::${api}.${name}`, JSON.parse(readFileSync(path.join(typesDir, name, 'schema.json'), 'utf8')) as Schema]);
  }),
);

/**
 * The model names of the site's AFFECTED_KEYS, wherever in apps/web/src the site declares it: read
 * from the source with the TypeScript parser (importing the module would need SvelteKit's aliases
 * and a configured CMS client). The names are the keys of the object literal, or the first strings of
 * the [model, keys] pairs, inside its initializer.
 */
function siteAffectedModels(): { file: string; models: string[] }[] {
  const webSrc = path.join(root, 'apps/web/src');
  const files = (readdirSync(webSrc, { recursive: true }) as string[]).filter((file) => /\.(ts|js)$/.test(file) && !/\.(test|bench)\.ts$/.test(file));
  const found: { file: string; models: string[] }[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(webSrc, file), 'utf8');
    if (!text.includes('AFFECTED_KEYS')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.name.getText() === 'AFFECTED_KEYS' && node.initializer) {
        found.push({ file, models: modelsIn(node.initializer) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function modelsIn(initializer: ts.Node): string[] {
  let models: string[] | undefined;
  const visit = (node: ts.Node): void => {
    if (models) return;
    if (ts.isObjectLiteralExpression(node)) {
      models = node.properties.map((property) => {
        const name = property.name;
        if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name))) throw new Error(`AFFECTED_KEYS has a key this test cannot read: ${property.getText()}`);
        return name.text;
      });
    } else if (ts.isArrayLiteralExpression(node) && node.elements.every((element) => ts.isArrayLiteralExpression(element))) {
      models = node.elements.map((pair) => {
        const first = (pair as ts.ArrayLiteralExpression).elements[0];
        if (!first || !ts.isStringLiteral(first)) throw new Error(`AFFECTED_KEYS has a pair this test cannot read: ${pair.getText()}`);
        return first.text;
      });
    } else {
      ts.forEachChild(node, visit);
    }
  };
  visit(initializer);
  if (!models) throw new Error(`AFFECTED_KEYS must stay a literal (an object or [model, keys] pairs) for this test to read: ${initializer.getText()}`);
  return models;
}

describe('the registry of content types', () => {
  it('names every content type the CMS defines, and nothing else', () => {
    expect(Object.values(CONTENT_TYPES).map((type) => type.uid).sort()).toEqual([...schemas.keys()].sort());
  });

  it.each(Object.entries(CONTENT_TYPES))('keys %s by its model name, with its schema kind and languages', (model, type) => {
    const schema = schemas.get(type.uid)!;
    expect(type.uid).toBe(`api::${model}.${model}`);
    expect(schema.info.singularName).toBe(model);
    expect(type.kind).toBe(schema.kind === 'singleType' ? 'single' : 'collection');
    expect(type.localized).toBe(schema.pluginOptions?.i18n?.localized === true);
  });

  it('shows on the site only public types, and sends to partners only what the site shows, each by a switch of the subscription', () => {
    const subscription = schemas.get(CONTENT_TYPES['partner-webhook'].uid)!.attributes;
    const switches = new Set<string>();
    for (const type of Object.values(CONTENT_TYPES) as { access: string; onSite: boolean; webhookSwitch?: string }[]) {
      if (type.onSite) expect(type.access).toBe('public');
      if (type.webhookSwitch === undefined) continue;
      expect(type.onSite).toBe(true);
      expect(subscription[type.webhookSwitch]?.type).toBe('boolean');
      switches.add(type.webhookSwitch);
    }
    expect(switches.size).toBe(Object.keys(SITE_MODELS).length);
  });
});

describe("the site's list of what a change drops (AFFECTED_KEYS)", () => {
  it('is declared once, and names exactly the types the registry says the site shows', () => {
    const declarations = siteAffectedModels();
    expect(declarations.map(({ file }) => file)).toHaveLength(1);
    expect([...declarations[0]!.models].sort()).toEqual(Object.keys(SITE_MODELS).sort());
  });
});
