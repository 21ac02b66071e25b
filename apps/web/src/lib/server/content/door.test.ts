// The content door is the web's only way to the CMS: no source file in apps/web/src outside this
// folder may reach the CMS, nor import this folder other than through its index. Tests are left
// out (they talk to the test CMS on purpose), and so is generated code. What counts as reaching
// the CMS:
// - importing graphql-request, or making a CMS client (createContentClient, or the whole
//   content-client as a namespace or a dynamic import); its types and pure helpers
//   (fillHotlineTokens, isResourceCategory…) stay allowed: they send nothing;
// - importing `cmsUrl` (the CMS's address for this server; cms-url.ts itself defines it);
// - calling fetch( in a file that names the CMS's address (cmsUrl, CMS_URL, CMS_PORT).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = path.dirname(fileURLToPath(import.meta.url));
const src = path.resolve(folder, '../../..');

const RULES: [string, (source: string) => boolean][] = [
  ['imports graphql-request', (source) => /['"]graphql-request['"]/.test(source)],
  ['makes a CMS client', (source) => /\bcreateContentClient\b/.test(source)],
  [
    'imports the whole content client',
    (source) =>
      /import\s+\*\s+as\s+\w+\s+from\s+['"]@maine-sten\/content-client['"]/.test(source) ||
      /import\(\s*['"]@maine-sten\/content-client['"]\s*\)/.test(source),
  ],
  ['imports the CMS address (cmsUrl)', (source) => /import\s*\{[^}]*\bcmsUrl\b[^}]*\}\s*from\s*['"][^'"]*cms-url(\.js)?['"]/.test(source)],
  ['calls fetch( with the CMS address', (source) => /\bfetch\s*\(/.test(source) && /\b(cmsUrl|CMS_URL|CMS_PORT)\b/.test(source)],
  ['imports the content folder other than through its index', (source) => /from\s+['"][^'"]*server\/content\/[^'"]+['"]|from\s+['"]\.\/content\/[^'"]+['"]/.test(source)],
];

/** The rules a source file breaks. */
const brokenRules = (source: string): string[] => RULES.filter(([, breaks]) => breaks(source)).map(([name]) => name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === folder || entry.name === 'generated' ? [] : sourceFiles(file);
    if (!/\.(ts|js|mjs|svelte)$/.test(entry.name) || /\.(test|bench)\.ts$/.test(entry.name)) return [];
    if (file === path.join(src, 'lib/server/cms-url.ts')) return []; // defines the address
    return [file];
  });
}

describe('the content door', () => {
  it('tells each way of reaching the CMS from what sends nothing', () => {
    expect(brokenRules("import { GraphQLClient } from 'graphql-request';")).toEqual(['imports graphql-request']);
    expect(brokenRules("import { createContentClient } from '@maine-sten/content-client';")).toEqual(['makes a CMS client']);
    expect(brokenRules("import * as cms from '@maine-sten/content-client';")).toEqual(['imports the whole content client']);
    expect(brokenRules("const cms = await import('@maine-sten/content-client');")).toEqual(['imports the whole content client']);
    expect(brokenRules("import { cmsPublicOrigin, cmsUrl } from './cms-url';")).toEqual(['imports the CMS address (cmsUrl)']);
    expect(brokenRules('const r = await fetch(`${settings.CMS_URL}/api/faqs`);')).toEqual(['calls fetch( with the CMS address']);
    expect(brokenRules("import { ContentCache } from '$lib/server/content/cache';")).toEqual([
      'imports the content folder other than through its index',
    ]);

    expect(brokenRules("import { fillHotlineTokens, type SiteSettings } from '@maine-sten/content-client';")).toEqual([]);
    expect(brokenRules("import { cmsPublicOrigin } from '$lib/server/cms-url';")).toEqual([]);
    expect(brokenRules("const r = await fetch('https://example.org/feed');")).toEqual([]);
    expect(brokenRules("import { getLayoutContent } from '$lib/server/content';")).toEqual([]);
  });

  it('is the only code in the web that reaches the CMS', () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(50);
    const breaking = files
      .map((file) => ({ file: path.relative(src, file), broken: brokenRules(readFileSync(file, 'utf8')) }))
      .filter(({ broken }) => broken.length > 0);
    expect(breaking).toEqual([]);
  });
});
