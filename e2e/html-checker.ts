// The W3C HTML checker (the Nu Html Checker, vnu.jar from the npm registry's vnu-jar, run by the
// machine's Java; the package's own Java downloader is never used): the errors it finds in HTML
// documents, checked in one run (one Java start for all of them).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const jar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** A part of a page (an admin view's own markup, say) as a document of its own, for the checker. */
export const asDocument = (fragment: string, title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${fragment}</body></html>`;

/** "name:line: message" for each error in the documents (name → HTML); none when all are valid. */
export async function htmlErrors(documents: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'html-checker-'));
  try {
    const files = Object.entries(documents).map(([name, html], index) => {
      const file = path.join(dir, `${index}.html`);
      writeFileSync(file, html);
      return { file, name };
    });
    const output = await new Promise<string>((resolve, reject) => {
      // It exits 1 when it finds errors: the report is on stdout either way.
      execFile(process.env.JAVA ?? 'java', ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files.map(({ file }) => file)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (stdout.trim().startsWith('{')) resolve(stdout);
        else reject(new Error(`the HTML checker did not run (${error?.message ?? 'no report'}): ${stderr}`));
      });
    });
    const nameOf = new Map(files.map(({ file, name }) => [`file:${file}`, name]));
    return ((JSON.parse(output) as { messages: VnuMessage[] }).messages)
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${nameOf.get(message.url) ?? message.url}:${message.lastLine ?? '?'}: ${message.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
