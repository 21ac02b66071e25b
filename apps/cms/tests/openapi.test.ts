// The committed OpenAPI document (src/extensions/documentation) must be what the documentation
// plugin generates for the current content types, and the docs are served in development.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appDir, useSuiteCms, type BootedCms } from './harness';

const documentFile = path.join(appDir, 'src/extensions/documentation/documentation/1.0.0/full_documentation.json');
// Read before the boot below regenerates it.
const committed = readFileSync(documentFile, 'utf8');
process.env.DOCUMENTATION_ENABLED = 'true';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(() => {
  cms = suiteCms();
});

describe('OpenAPI document', () => {
  it('is fresh (boot the CMS in development, e.g. `pnpm start`, and commit the file)', () => {
    expect(committed).toBe(readFileSync(documentFile, 'utf8'));
  });

  it('describes the content API and nothing private', () => {
    const document = JSON.parse(committed) as { paths: Record<string, unknown> };
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(expect.arrayContaining(['/faqs', '/faqs/{id}', '/site-setting', '/pages', '/resources']));
    expect(paths.filter((p) => /users|auth|upload|connect/.test(p))).toEqual([]);
  });

  it('is served at /documentation', async () => {
    const response = await fetch(`${cms.url}/documentation/v1.0.0`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
