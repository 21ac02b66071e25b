// The committed OpenAPI document (src/extensions/documentation) must be what the documentation
// plugin generates for the current content types. The CMS here generates it into a temp folder
// (OPENAPI_OUTPUT_DIR), never into src/: `pnpm --filter @maine-sten/cms openapi:write` refreshes
// the committed copy.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appDir, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const committedDir = path.join(appDir, 'src/extensions/documentation/documentation');
const writing = process.env.OPENAPI_WRITE === '1';
const outputDir = writing ? path.resolve(appDir, process.env.OPENAPI_OUTPUT_DIR!) : mkdtempSync(path.join(tmpdir(), 'openapi-'));
const document = (dir: string) => readFileSync(path.join(dir, '1.0.0/full_documentation.json'), 'utf8');
const committed = document(committedDir);
process.env.DOCUMENTATION_ENABLED = 'true';
process.env.OPENAPI_OUTPUT_DIR = outputDir;

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(() => {
  cms = suiteCms();
});

describe('OpenAPI document', () => {
  it.runIf(!writing)('is fresh (refresh it with `pnpm --filter @maine-sten/cms openapi:write`)', () => {
    expect(document(outputDir)).toBe(committed);
  });

  it('describes the content API and nothing private', () => {
    const spec = JSON.parse(document(outputDir)) as { paths: Record<string, unknown> };
    const paths = Object.keys(spec.paths);
    expect(paths).toEqual(expect.arrayContaining(['/faqs', '/faqs/{id}', '/site-setting', '/pages', '/resources']));
    expect(paths.filter((p) => /users|auth|upload|connect/.test(p))).toEqual([]);
  });

  it('is served at /documentation when DOCUMENTATION_ENABLED is on', async () => {
    const response = await fetch(`${cms.url}/documentation/v1.0.0`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
