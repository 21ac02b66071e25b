// scripts/supervise.sh, what `pnpm start` leaves running beside the two servers: prefixed lines,
// one server's end stops the other, SIGTERM stops both with their last lines kept, and it stays
// a few MB.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../scripts/supervise.sh');
const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
/**
 * A made-up server: says it is up, then runs until told to stop (its last line on SIGTERM), or,
 * given `endFile`, ends with `code` once that file exists (the test makes it when both are up).
 */
const server = (name: string, end?: { file: string; code: number }) =>
  `exec ${quote(process.execPath)} -e ${quote(
    `console.log('${name} up'); console.error('${name} warns');` +
      `process.on('SIGTERM', () => { console.log('${name} stopping'); process.exit(0); });` +
      (end === undefined
        ? `setInterval(() => {}, 1000);`
        : `setInterval(() => { if (require('node:fs').existsSync(${JSON.stringify(end.file)})) process.exit(${end.code}); }, 20);`),
  )}`;

const bothUp = (out: () => string) =>
  expect.poll(() => out().includes('[cms] cms up') && out().includes('[web] web up'), { timeout: 30_000 }).toBe(true);

function supervise(...args: string[]) {
  const child = spawn('bash', [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ended, out: () => stdout, err: () => stderr };
}

describe('scripts/supervise.sh', () => {
  it('prefixes each server’s lines, and stops the others with the code of the one that ended', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'supervise-')), 'end');
    const run = supervise('cms', server('cms'), 'web', server('web', { file, code: 3 }));
    await bothUp(run.out);
    writeFileSync(file, '');
    expect(await run.ended).toBe(3);
    expect(run.out()).toContain('[cms] cms up\n');
    expect(run.out()).toContain('[web] web up\n');
    expect(run.out()).toContain('[cms] cms stopping\n');
    expect(run.err()).toContain('[web] web warns\n');
    expect(run.err()).toContain('[start] web exited (3); stopping the others');
  });

  it('stops both on SIGTERM, their last lines kept, and takes a few MB meanwhile', async () => {
    const run = supervise('cms', server('cms'), 'web', server('web'));
    await bothUp(run.out);
    const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${run.child.pid}/status`, 'utf8'))?.[1]);
    expect(rssKb).toBeLessThan(8 * 1024);
    run.child.kill('SIGTERM');
    expect(await run.ended).toBe(0);
    expect(run.out()).toContain('[cms] cms stopping\n');
    expect(run.out()).toContain('[web] web stopping\n');
  });
});
