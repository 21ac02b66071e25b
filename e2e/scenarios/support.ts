// What the scenarios wait on instead of the clock: the snapshot a site wrote, its metrics, who
// listens on Redis, what reached a CMS that never answers.
// A scenario that sleeps for "long enough" passes or fails with the machine's speed; these let it
// wait for the thing itself, or set the time it is about.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export { PATIENT_WITH_THE_CMS } from '../helpers';

export interface SnapshotFile {
  entries: Record<string, { value: unknown }>;
  markers?: Record<string, Record<string, string>>;
}

/** The snapshot a site last wrote in `dir` (written by rename, so never half), or null before the first. */
export function readSnapshotFile(dir: string): SnapshotFile | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'content-snapshot.json'), 'utf8')) as SnapshotFile;
  } catch {
    return null;
  }
}

/**
 * Waits until the site has written a snapshot with these cache keys and its change markers: what
 * a process started on a copy of it serves without the CMS. Snapshots are written a moment after
 * content arrives, so a fixed wait would be too short on a slow machine.
 */
export async function snapshotWith(dir: string, keys: string[], timeout = 60_000): Promise<SnapshotFile> {
  await expect
    .poll(
      () => {
        const snapshot = readSnapshotFile(dir);
        return snapshot?.markers ? keys.filter((key) => !(key in snapshot.entries)) : ['the change markers', ...keys];
      },
      { timeout, message: `the snapshot in ${dir} still lacks these` },
    )
    .toEqual([]);
  return readSnapshotFile(dir)!;
}

/** The site's cache keys for what one English page needs (apps/web/src/lib/server/content/). */
export const englishPageKeys = (slug: string, collections: string[] = []) => ['settings:en', 'pages:list:en', `page:${slug}:en`, ...collections.map((name) => `${name}:en`)];

export type MetricReader = (name: string, labels?: Record<string, string>) => number;

/** One scrape of a site's /metrics, read by name and labels (0 when absent). */
export async function scrapeMetrics(request: APIRequestContext, site: string, token: string): Promise<MetricReader> {
  const response = await request.get(`${site}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const families = parsePrometheusTextFormat(await response.text());
  return (name, labels = {}) =>
    Number(
      families
        .find((family) => family.name === name)
        ?.metrics.find((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value))?.value ?? 0,
    );
}

/** How many clients are subscribed to a Redis channel (PUBSUB NUMSUB), over a plain socket. */
export function subscribers(port: number, channel: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.once('connect', () => socket.write(`PUBSUB NUMSUB ${channel}\r\n`));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString();
      const count = /:(\d+)\r\n$/.exec(reply);
      if (count) {
        socket.destroy();
        resolve(Number(count[1]));
      }
    });
    socket.once('error', reject);
  });
}

export interface HangingCms {
  url: string;
  /** The request lines received so far ("POST /graphql HTTP/1.1"): what the site tried to ask. */
  requests: () => string[];
  stop: () => Promise<void>;
}

/** A "CMS" that accepts connections and reads requests but never answers a byte. */
export async function startHangingCms(port: number): Promise<HangingCms> {
  const sockets = new Set<net.Socket>();
  const requests: string[] = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      if (head.includes('\r\n')) return;
      head += chunk.toString('latin1');
      if (head.includes('\r\n')) requests.push(head.slice(0, head.indexOf('\r\n')));
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => [...requests],
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface HoldingProxy {
  url: string;
  /** From now on, the CMS's answers to content queries (POST /graphql) are kept back. */
  hold: () => void;
  /** Sends every answer kept back, and stops holding. */
  release: () => void;
  /** The bodies of the queries whose answers are kept back now: which content they were. */
  held: () => string[];
  stop: () => Promise<void>;
}

/**
 * A proxy in front of a real CMS that can keep the answers to content queries back: each query
 * reaches the CMS at once (its answer is what the CMS had then) and the answer reaches the site
 * only on release(). Unlike processes.ts's delaying proxy it says which queries it holds, so a
 * test can wait for the one it is about instead of for a while.
 */
export async function startHoldingProxy(port: number, target: string): Promise<HoldingProxy> {
  let holding = false;
  let waiting: { body: string; send: () => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const held = holding && req.method === 'POST' && (req.url ?? '').startsWith('/graphql');
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      try {
        const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body: body.length > 0 ? body : undefined, redirect: 'manual' });
        const content = Buffer.from(await answer.arrayBuffer());
        const send = () => {
          const out = Object.fromEntries([...answer.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)));
          res.writeHead(answer.status, { ...out, 'content-length': String(content.length) });
          res.end(content);
        };
        if (held) waiting.push({ body: body.toString(), send });
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
      for (const { send } of sending) send();
    },
    held: () => waiting.map(({ body }) => body),
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
