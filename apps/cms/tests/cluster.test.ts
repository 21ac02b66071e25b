// Several CMS processes on one PostgreSQL database (the production start, scripts/serve.mjs, and
// `strapi start`): two started at the same instant on a new, empty database both come up, with one
// copy of everything;
// with SMTP down, submissions posted to both are kept, and once SMTP is back every email goes out
// exactly once, though both processes run the retry job every second; the content API limit is
// counted once for both (in Redis). PostgreSQL run only.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillThrowawaySecrets } from '../scripts/throwaway-secrets.mjs';
import { startSmtpServer, type ReceivedMail } from '@maine-sten/test-harness/smtp-server';
import { appDir, expectExactly, suiteDatabase } from '@maine-sten/test-harness/cms';
import { connection, withClient } from '@maine-sten/test-harness/postgres';

const schema = `cms_cluster_${randomBytes(4).toString('hex')}`;
const PORTS = [1394, 1395];
const FORMS_TOKEN = randomBytes(24).toString('hex');
const STAFF = 'staff@example.org';
const ADMIN = { email: 'first@example.org', password: 'First-admin-1' };
const secrets = fillThrowawaySecrets({});
const RATE_LIMIT = 20;

let smtp: { port: number; mails: ReceivedMail[]; stop: () => Promise<void> };
let smtpPort: number;
const processes: { child: ChildProcess; output: () => string }[] = [];

/** The production start (`pnpm start`, the image), or `strapi start` as Strapi's docs tell an operator. */
const START = {
  serve: [path.join(appDir, 'scripts/serve.mjs')],
  'strapi start': [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
};

function serve(port: number, how: keyof typeof START = 'serve') {
  const child = spawn(process.execPath, START[how], {
    cwd: appDir,
    env: {
      ...process.env,
      ...secrets,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      CMS_PORT: String(port),
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: connection.host,
      DATABASE_PORT: String(connection.port),
      DATABASE_NAME: connection.database,
      DATABASE_USERNAME: connection.user,
      DATABASE_PASSWORD: connection.password,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_MIN: '0',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CMS_FORMS_TOKEN: FORMS_TOKEN,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      EMAIL_RETRY_SECONDS: '1',
      SITE_URL: 'https://site.example.test',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      RATE_LIMIT_MAX: String(RATE_LIMIT),
      RATE_LIMIT_WINDOW_MS: '600000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running = { child, output: () => output };
  processes.push(running);
  return running;
}

async function healthy(port: number, running: { child: ChildProcess; output: () => string }) {
  for (const started = Date.now(); Date.now() - started < 150_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (running.child.exitCode !== null) throw new Error(`The CMS on ${port} exited (${running.child.exitCode}):\n${running.output().slice(-3000)}`);
    const answer = await fetch(`http://127.0.0.1:${port}/_health`).catch(() => null);
    if (answer?.status === 204) return;
  }
  throw new Error(`The CMS on ${port} did not answer:\n${running.output().slice(-3000)}`);
}

const count = async (sql: string) =>
  withClient(async (client) => {
    await client.query(`SET search_path TO ${schema}`);
    return (await client.query(sql)).rows[0].n as number;
  });

describe.runIf(suiteDatabase === 'postgres')('two CMS processes on one PostgreSQL database', () => {
  beforeAll(async () => {
    await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
    // SMTP is down from the start: its port is known, nothing listens on it yet.
    smtp = await startSmtpServer();
    smtpPort = smtp.port;
    await smtp.stop();
  });

  afterAll(async () => {
    for (const { child } of processes) {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }
    await smtp?.stop().catch(() => {});
    await withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  it('start together on an empty database, one with `strapi start`: both healthy, one copy of the content and of the first admin', async () => {
    const started = Date.now();
    // Either start takes the startup lock (src/bootstrap/startup-lock.ts), so they cannot race.
    const cms = PORTS.map((port, i) => serve(port, i === 0 ? 'strapi start' : 'serve'));
    await Promise.all(PORTS.map((port, i) => healthy(port, cms[i]!)));
    console.log(`two CMS processes started together, both healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    for (const port of PORTS) {
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ faqs_connection { pageInfo { total } } guidingPrinciples_connection { pageInfo { total } } councilAgencies_connection { pageInfo { total } } }',
        }),
      });
      expect(((await answer.json()) as { data: unknown }).data).toEqual({
        faqs_connection: { pageInfo: { total: 9 } },
        guidingPrinciples_connection: { pageInfo: { total: 10 } },
        councilAgencies_connection: { pageInfo: { total: 19 } },
      });
    }
    expect(await count("SELECT count(*)::int AS n FROM faqs WHERE published_at IS NOT NULL AND locale = 'en'")).toBe(9);
    expect(await count('SELECT count(*)::int AS n FROM faqs WHERE published_at IS NOT NULL')).toBe(27);
    expect(await count('SELECT count(*)::int AS n FROM site_settings WHERE published_at IS NOT NULL')).toBe(3);
    expect(await count('SELECT count(DISTINCT locale)::int AS n FROM site_settings WHERE published_at IS NOT NULL')).toBe(3);
    expect(await count('SELECT count(*)::int AS n FROM admin_users')).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM i18n_locale')).toBe(3);
  }, 300_000); // two starts one after the other (the second waits for the first's), however slow the machine

  it('send each email exactly once, though both run the retry job, after SMTP comes back', async () => {
    await withClient((client) => client.query(`UPDATE ${schema}.site_settings SET notification_email = $1`, [STAFF]));
    const post = (port: number, plural: string, data: object) =>
      fetch(`http://127.0.0.1:${port}/api/${plural}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}` },
        body: JSON.stringify({ data }),
      }).then((answer) => answer.status);
    const readers = Array.from({ length: 5 }, (_, i) => `reader${i}@example.org`);
    const statuses = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) =>
        post(PORTS[i % 2]!, 'contact-messages', { name: `Visitor ${i}`, email: `visitor${i}@example.org`, replyBy: 'email', message: `Message ${i}` }),
      ),
      ...readers.map((email, i) => post(PORTS[i % 2]!, 'newsletter-subscriptions', { email, consent: true })),
    ]);
    // Stored: 201 for a message, 202 for a sign-up (one answer whether the address is new or not).
    expect(statuses).toEqual([...Array(20).fill(201), ...Array(5).fill(202)]);
    // Tried and failed while SMTP is down; then it is back on the same port.
    await expect.poll(() => count('SELECT count(*)::int AS n FROM contact_messages WHERE email_attempts > 0'), { timeout: 10_000 }).toBe(20);
    expect(await count('SELECT count(*)::int AS n FROM contact_messages WHERE email_sent_at IS NOT NULL')).toBe(0);
    smtp = await startSmtpServer(smtpPort);

    const staffNotices = () => smtp.mails.filter((mail) => mail.to.includes(STAFF)).length;
    const confirmations = () => smtp.mails.filter((mail) => readers.some((reader) => mail.to.includes(reader))).length;
    // Three retry periods and more after the last one arrived: nothing comes twice.
    await expectExactly(staffNotices, 20, { timeoutMs: 30_000, settleMs: 4000 });
    expect(confirmations()).toBe(5);
    const perMessage = new Map<string, number>();
    for (const mail of smtp.mails.filter((item) => item.to.includes(STAFF))) {
      const id = /contact-message\/(\w+)/.exec(mail.raw.replace(/=\r\n/g, ''))?.[1] ?? '?';
      perMessage.set(id, (perMessage.get(id) ?? 0) + 1);
    }
    expect([...perMessage.values()]).toEqual(Array(20).fill(1));
    expect(await count('SELECT count(*)::int AS n FROM contact_messages WHERE email_sent_at IS NOT NULL')).toBe(20);
  });

  it('count the content API limit once: a client alternating between them gets the limit, not twice it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2 * RATE_LIMIT; i += 1) statuses.push((await fetch(`http://127.0.0.1:${PORTS[i % 2]}/api/faqs`)).status);
    // The first test's two anonymous GraphQL reads (one per process) counted too.
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT - 2);
    expect(statuses.slice(RATE_LIMIT - 2).every((status) => status === 429)).toBe(true);
  });

  it('stop gracefully on SIGTERM: requests in flight on open connections are all answered, then exit 0', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 30 });
    const port = PORTS[1]!;
    const get = (path: string) =>
      new Promise<number>((resolve) => {
        http
          .get({ host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${FORMS_TOKEN}` } }, (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode!));
          })
          .on('error', () => resolve(0));
      });
    // Thirty connections opened and idle, as a load balancer keeps them.
    expect(await Promise.all(Array.from({ length: 30 }, () => get('/_health')))).toEqual(Array(30).fill(204));
    const running = processes[1]!;
    const exited = new Promise<number | null>((resolve) => running.child.once('exit', resolve));
    const burst = Promise.all(Array.from({ length: 30 }, () => get('/api/faqs?pagination[pageSize]=100')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    running.child.kill('SIGTERM');
    const statuses = await burst;
    expect(statuses.filter((status) => status === 0)).toEqual([]);
    expect(await exited).toBe(0);
    agent.destroy();
  });
});
