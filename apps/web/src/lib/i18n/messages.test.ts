// The interface text: the compiled messages are fresh, every language has every message with the
// same placeholders, and a message missing from a language fails the typecheck.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileMessages, messageLocales } from '../../../scripts/messages.mjs';
import { locales } from '$lib/generated/paraglide/runtime.js';

const webDir = path.resolve(import.meta.dirname, '../../..');
const generated = path.join(webDir, 'src/lib/generated/paraglide');
const temp = mkdtempSync(path.join(tmpdir(), 'messages-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const read = (locale: string): Record<string, string> => {
  const { $schema: _schema, ...messages } = JSON.parse(readFileSync(path.join(webDir, `messages/${locale}.json`), 'utf8')) as Record<string, string>;
  return messages;
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

describe('messages', () => {
  it('are compiled fresh into src/lib/generated/paraglide (run `pnpm --filter @maine-sten/web messages:write`)', async () => {
    const out = path.join(temp, 'paraglide');
    const completeFile = path.join(temp, 'complete-languages.ts');
    const cwd = process.cwd();
    try {
      process.chdir(webDir);
      await compileMessages(out, { completeFile });
      // The languages are the message files: the compiled ones, and the completeness check's.
      expect([...locales]).toEqual(messageLocales());
    } finally {
      process.chdir(cwd);
    }
    const committedCheck = path.join(webDir, 'src/lib/generated/complete-languages.ts');
    expect(readFileSync(committedCheck, 'utf8')).toBe(readFileSync(completeFile, 'utf8'));
    expect(filesIn(generated)).toEqual(filesIn(out));
    for (const file of filesIn(out)) {
      expect(readFileSync(path.join(generated, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
  });

  it('are in every language, none empty, with the placeholders English has', () => {
    const english = read('en');
    expect(Object.keys(english).length).toBeGreaterThan(140);
    for (const locale of locales) {
      const messages = read(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english[key]!));
      }
    }
  });

  it('fail the typecheck when a language misses one', () => {
    const copy = path.join(temp, 'typecheck');
    cpSync(path.join(webDir, 'messages'), path.join(copy, 'messages'), { recursive: true });
    const check = path.join(copy, 'src/lib/generated/complete-languages.ts');
    cpSync(path.join(webDir, 'src/lib/generated/complete-languages.ts'), check);
    const tsc = path.join(webDir, 'node_modules/typescript/bin/tsc');
    const typecheck = () => {
      try {
        execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--resolveJsonModule', '--module', 'esnext', '--moduleResolution', 'bundler', check], { encoding: 'utf8' });
        return '';
      } catch (failure) {
        return String((failure as { stdout?: string }).stdout);
      }
    };
    expect(typecheck()).toBe('');

    const spanishFile = path.join(copy, 'messages/es.json');
    const { quickExit: _dropped, ...spanish } = JSON.parse(readFileSync(spanishFile, 'utf8')) as Record<string, string>;
    writeFileSync(spanishFile, JSON.stringify(spanish));
    expect(typecheck()).toMatch(/complete-languages\.ts.*Property 'quickExit' is missing/s);
  });
});
