// scripts/supervise.sh, what `pnpm start` leaves running beside the two servers: prefixed lines,
// one server's end stops the other, SIGTERM stops both with their last lines kept, and it stays
// a few MB.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../scripts/supervise.sh');
const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
/** A made-up server: says it is up, then runs until told to stop (its last line on SIGTERM). */
const server = (name: string, exitAfterStart?: number) =>
  `exec ${quote(process.execPath)} -e ${quote(
    `console.log('${name} up'); console.error('${name} warns');` +
      (exitAfterStart === undefined
        ? `process.on('SIGTERM', () => { console.log('${name} stopping'); process.exit(0); }); setInterval(() => {}, 1000);`
        : `setTimeout(() => process.exit(${exitAfterStart}), 200);`),
  )}`;

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
    const run = supervise('cms', server('cms'), 'web', server('web', 3));
    expect(await run.ended).toBe(3);
    expect(run.out()).toContain('[cms] cms up\n');
    expect(run.out()).toContain('[web] web up\n');
    expect(run.out()).toContain('[cms] cms stopping\n');
    expect(run.err()).toContain('[web] web warns\n');
    expect(run.err()).toContain('[start] web exited (3); stopping the others');
  });

  it('stops both on SIGTERM, their last lines kept, and takes a few MB meanwhile', async () => {
    const run = supervise('cms', server('cms'), 'web', server('web'));
    await expect.poll(() => run.out().includes('[cms] cms up') && run.out().includes('[web] web up'), { timeout: 30_000 }).toBe(true);
    const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${run.child.pid}/status`, 'utf8'))?.[1]);
    expect(rssKb).toBeLessThan(8 * 1024);
    run.child.kill('SIGTERM');
    expect(await run.ended).toBe(0);
    expect(run.out()).toContain('[cms] cms stopping\n');
    expect(run.out()).toContain('[web] web stopping\n');
  });
});
