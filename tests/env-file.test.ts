// `pnpm start` hands the website the secrets it shares with the CMS from apps/cms/.env: read as the
// CMS reads that file, whatever quoting, comments or `export ` a person wrote in it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { envFileValue } from '../scripts/env-file.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'env-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = path.join(dir, '.env');
writeFileSync(
  file,
  [
    '# REVALIDATE_SECRET=from-a-comment',
    'CMS_READ_TOKEN="quoted value"',
    "CMS_FORMS_TOKEN='single # not a comment'",
    'export PREVIEW_SECRET=exported',
    'REVALIDATE_SECRET=abc=def==  # trailing comment',
    'EMPTY=',
    '  SPACED = padded  ',
  ].join('\n'),
);

describe('a value from apps/cms/.env', () => {
  it.each([
    ['CMS_READ_TOKEN', 'quoted value'],
    ['CMS_FORMS_TOKEN', 'single # not a comment'],
    ['PREVIEW_SECRET', 'exported'],
    ['REVALIDATE_SECRET', 'abc=def=='],
    ['EMPTY', ''],
    ['SPACED', 'padded'],
    ['MISSING', ''],
  ])('%s is %j', (name, value) => {
    expect(envFileValue(file, name)).toBe(value);
  });

  it('is empty without the file', () => {
    expect(envFileValue(path.join(dir, 'none'), 'CMS_READ_TOKEN')).toBe('');
  });
});
