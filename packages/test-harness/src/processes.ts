// Real processes for the end-to-end scenarios that stop, hang or restart parts: a seeded CMS
// (cms-server.mjs on a temp SQLite file), the built site (server.js), and a socket that
// accepts connections and never answers (a half-dead CMS). Each is stopped by the test that starts it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const webDir = path.resolve(import.meta.dirname, '../../../apps/web');
const cmsDir = path.resolve(import.meta.dirname, '../../../apps/cms');
const cmsServer = path.join(import.meta.dirname, 'cms-server.mjs');

export interface Running {
  url: string;
  stop: () => Promise<void>;
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // One that never says it is ready is ended too, so it cannot hold its port for the next test.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not start within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited early (${code}): ${output.slice(-500)}`));
    });
  });
}

function stopper(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
}

/** A seeded CMS of its own. `stop` ends it at once (SIGKILL), as a crash would. */
export async function startCms(port: number, env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, [cmsServer], {
    cwd: cmsDir,
    env: { ...process.env, CMS_PORT: String(port), CMS_SKIP_COMPILE: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /CMS ready at/, `The CMS on port ${port}`, 300_000);
  return { url: `http://127.0.0.1:${port}`, stop: stopper(child, 'SIGKILL') };
}

/** The built site (server.js, as `pnpm start` runs it). */
export async function startSite(
  port: number,
  env: Record<string, string>,
): Promise<Running & { output: () => string; signal: (name: NodeJS.Signals) => void; exited: Promise<number | null> }> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: webDir,
    // Each site its own outbox folder (unless the test shares one on purpose): a submission kept by a
    // site whose CMS is down must not be delivered by another test's site to another CMS.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, OUTBOX_DIR: mkdtempSync(path.join(tmpdir(), 'site-outbox-')), OUTBOX_KEY: randomBytes(32).toString('base64'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitForLine(child, /Listening on/, `The site on port ${port}`, 120_000);
  return { url: origin, stop: stopper(child), output: () => output, signal: (name) => child.kill(name), exited };
}

/** A "CMS" that accepts connections and never answers a byte. */
export async function startHangingServer(port: number): Promise<Running> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

export interface DelayingProxy extends Running {
  /** From now on, answers to matching requests are kept back (the CMS is asked at once). */
  hold: () => void;
  /** Sends every answer kept back, and stops holding. */
  release: () => void;
  /** Answers kept back now. */
  held: () => number;
}

/**
 * A proxy in front of a real CMS that can keep its answers back: the request reaches the CMS at
 * once (so the answer is what the CMS had then), its answer reaches the site only on release().
 * `holds` says which requests may be held (the rest always pass).
 */
export async function startDelayingProxy(port: number, target: string, holds: (method: string, path: string) => boolean): Promise<DelayingProxy> {
  let holding = false;
  let waiting: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const held = holding && holds(req.method ?? 'GET', req.url ?? '/');
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      try {
        const answer = await fetch(`${target}${req.url}`, {
          method: req.method,
          headers,
          body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
          redirect: 'manual',
        });
        const body = Buffer.from(await answer.arrayBuffer());
        const send = () => {
          const out = Object.fromEntries([...answer.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)));
          res.writeHead(answer.status, { ...out, 'content-length': String(body.length) });
          res.end(body);
        };
        if (held) waiting.push(send);
        else send();
      } catch {
        res.writeHead(502).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    hold: () => (holding = true),
    release: () => {
      holding = false;
      const sending = waiting;
      waiting = [];
      for (const send of sending) send();
    },
    held: () => waiting.length,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
