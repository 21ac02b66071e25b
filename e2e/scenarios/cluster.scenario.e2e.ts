// Several machines, as an operator runs them: two CMS processes (the production start,
// scripts/serve.mjs) and two web processes behind HAProxy (Debian's haproxy), on one new
// PostgreSQL schema, Redis, a real SMTP server and a real S3-compatible bucket (s3rver).
// Visitors' requests go through the load balancer; the web processes reach the CMS through it too.
// Each step checks what must hold with more than one process: one copy of everything, each email
// once, nothing confirmed lost when a CMS process dies, limits counted once, uploads everywhere.
// Nothing waits for a while except to show that something does not happen again; each step waits
// for what it is about (a process healthy, the rows, the emails) with room for a slow machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { startS3Server, type TestS3Server } from '@maine-sten/test-harness/s3-server';
import { startSmtpServer, type TestSmtpServer } from '@maine-sten/test-harness/smtp-server';
import { fillThrowawaySecrets } from '../../apps/cms/scripts/throwaway-secrets.mjs';
import { open, parseKey } from '../../apps/cms/src/crypto/envelope';
import { HOTLINE, startedToken } from '../helpers';
import { startSite, tempDir } from '@maine-sten/test-harness/processes';
import { PATIENT_WITH_THE_CMS } from './support';

const cmsDir = path.resolve(import.meta.dirname, '../../apps/cms');
const LB = { web: 4176, cms: 4177 };
const WEB_PORTS = [4178, 4179];
const CMS_PORTS = [1396, 1397];
/** A web process without Redis, for the outbox's folder (scenarios run in parallel: a port no other uses). */
const LONE_PORT = 4190;
const SITE = `http://127.0.0.1:${LB.web}`;
const STAFF = 'staff@cluster.test';
const ADMIN = { email: 'first-admin@cluster.test', password: `Admin-${randomBytes(6).toString('hex')}` };
const FORMS_TOKEN = randomBytes(24).toString('hex');
const READ_TOKEN = randomBytes(24).toString('hex');
const RETRY_SECONDS = 1;
const CLAIM_SECONDS = 20;
const FORMS_LIMIT = 3;
const API_LIMIT = 20;
const schema = `cluster_${randomBytes(4).toString('hex')}`;
const secrets = fillThrowawaySecrets({});

const pgConnection = {
  host: process.env.TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT ?? 5432),
  database: process.env.TEST_PG_DATABASE ?? 'test',
  user: process.env.TEST_PG_USER ?? 'postgres',
  password: process.env.TEST_PG_PASSWORD ?? '',
};
async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(pgConnection);
  await client.connect();
  try {
    await client.query(`SET search_path TO ${schema}`);
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
const count = async (text: string, values: unknown[] = []) => Number((await sql<{ n: string }>(text, values))[0]!.n);
/** Contact messages as stored, the message opened with the cluster's SUBMISSIONS_KEY (it is encrypted at rest). */
async function contactMessages(prefix: string) {
  const keyring = { current: parseKey((secrets as Record<string, string | undefined>).SUBMISSIONS_KEY!)! };
  const rows = await sql<{ message: string; document_id: string; email_sent_at: string | null }>('SELECT message, document_id, email_sent_at FROM contact_messages');
  return rows.map((row) => ({ ...row, message: open(row.message, keyring) })).filter((row) => row.message.startsWith(prefix));
}

/** One HTTP request on a connection of its own, from a given local address (the visitor). */
function send(url: string, { method = 'GET', headers = {}, body, from = '127.0.0.1' }: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress: from, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The start token of a form page a visitor opened a minute ago (FORMS_MIN_FILL_SECONDS is 1), signed
 * as the site signs them: the visitor took long enough to be a person, without the test waiting.
 */
const openedForm = () => startedToken(60_000, FORMS_TOKEN);
/** A visitor sends a form: 303 when the site confirmed it (its "sent" page), else the status. */
async function sendForm(page: string, fields: Record<string, string>, from: string, site = SITE, headers: Record<string, string> = {}): Promise<number> {
  const answer = await send(`${site}${page}`, {
    method: 'POST',
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: SITE, accept: 'text/html', ...headers },
    body: new URLSearchParams(fields).toString(),
  }).catch(() => ({ status: 0, headers: {} as http.IncomingHttpHeaders }));
  return answer.status === 303 && String(answer.headers.location).endsWith('/sent') ? 303 : answer.status;
}
/**
 * What a retry could still bring: a few retry periods (EMAIL_RETRY_SECONDS) after every email was
 * counted and marked sent, the count is taken again. Only for "never twice": what must arrive is
 * waited for, not slept for.
 */
const SETTLE_MS = (3 * RETRY_SECONDS + 3) * 1000;
/** Room for a slow machine when waiting for emails that retries and claims bring. */
const EMAILS_WITHIN = 120_000;

interface Process {
  child: ChildProcess;
  output: () => string;
}
const cmsProcesses: (Process | undefined)[] = [];
let smtp: TestSmtpServer;
let smtpPort: number;
let s3: TestS3Server;
let haproxy: ChildProcess | undefined;
const sites: Awaited<ReturnType<typeof startSite>>[] = [];
let siteEnv: Record<string, string> = {};

function startCms(index: number): Process {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: cmsDir,
    env: {
      ...process.env,
      ...secrets,
      ...s3.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      CMS_PORT: String(CMS_PORTS[index]),
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: pgConnection.host,
      DATABASE_PORT: String(pgConnection.port),
      DATABASE_NAME: pgConnection.database,
      DATABASE_USERNAME: pgConnection.user,
      DATABASE_PASSWORD: pgConnection.password,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_MIN: '0',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CMS_FORMS_TOKEN: FORMS_TOKEN,
      CMS_READ_TOKEN: READ_TOKEN,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      EMAIL_RETRY_SECONDS: String(RETRY_SECONDS),
      EMAIL_CLAIM_SECONDS: String(CLAIM_SECONDS),
      SITE_URL: SITE,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      RATE_LIMIT_MAX: String(API_LIMIT),
      RATE_LIMIT_WINDOW_MS: '600000',
      // Behind the load balancer: the visitor's address is its X-Forwarded-For entry.
      TRUST_PROXY: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running = { child, output: () => output };
  cmsProcesses[index] = running;
  return running;
}

async function healthy(index: number) {
  const running = cmsProcesses[index]!;
  for (const started = Date.now(); Date.now() - started < 150_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (running.child.exitCode !== null) throw new Error(`CMS ${index + 1} exited (${running.child.exitCode}):\n${running.output().slice(-3000)}`);
    const answer = await send(`http://127.0.0.1:${CMS_PORTS[index]}/_health`).catch(() => null);
    if (answer?.status === 204) return;
  }
  throw new Error(`CMS ${index + 1} did not answer:\n${running.output().slice(-3000)}`);
}

async function kill(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGKILL') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

const HAPROXY_CONFIG = `
global
  maxconn 2000
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  timeout check 3s
  # Only a connection that failed is tried again (on the other server): a request a server may
  # have received is never sent twice.
  retries 2
  option redispatch
  option forwardfor
  default-server inter 500ms fall 2 rise 2
frontend web
  bind 127.0.0.1:${LB.web}
  default_backend web
backend web
  balance roundrobin
  option httpchk GET /robots.txt
  ${WEB_PORTS.map((port, i) => `server web${i + 1} 127.0.0.1:${port} check`).join('\n  ')}
frontend cms
  bind 127.0.0.1:${LB.cms}
  default_backend cms
backend cms
  balance roundrobin
  option httpchk GET /_health
  http-check expect status 204
  ${CMS_PORTS.map((port, i) => `server cms${i + 1} 127.0.0.1:${port} check`).join('\n  ')}
`;

// Long enough for the waits below on a slow machine; a passing run takes far less.
test.describe.configure({ mode: 'serial', timeout: 420_000 });

test.beforeAll(async () => {
  await sql(`CREATE SCHEMA ${schema}`);
  // SMTP is down from the start: its port is known, nothing listens on it yet.
  smtp = await startSmtpServer();
  smtpPort = smtp.port;
  await smtp.stop();
  s3 = await startS3Server();
  const config = path.join(tempDir('haproxy-'), 'haproxy.cfg');
  writeFileSync(config, HAPROXY_CONFIG);
  haproxy = spawn('haproxy', ['-db', '-q', '-f', config], { stdio: 'ignore' });
});

test.afterAll(async () => {
  for (const site of sites) await site.stop();
  for (const cms of cmsProcesses) await kill(cms?.child);
  await kill(haproxy, 'SIGTERM');
  await smtp?.stop().catch(() => {});
  await s3?.stop();
  await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

test('two CMS processes started at the same instant on an empty database: both healthy, one copy of everything', async () => {
  const started = Date.now();
  startCms(0);
  startCms(1);
  await Promise.all([healthy(0), healthy(1)]);
  console.log(`cluster: two CMS processes started together on an empty database, both healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Each in English, Spanish and French, once.
  for (const [table, n] of [['faqs', 9], ['guiding_principles', 10], ['council_agencies', 19]] as const) {
    expect(await sql(`SELECT locale, count(*)::int AS n FROM ${table} WHERE published_at IS NOT NULL GROUP BY locale ORDER BY locale`), table).toEqual(
      ['en', 'es', 'fr'].map((locale) => ({ locale, n })),
    );
  }
  expect(await sql('SELECT locale FROM site_settings WHERE published_at IS NOT NULL ORDER BY locale')).toEqual([{ locale: 'en' }, { locale: 'es' }, { locale: 'fr' }]);
  expect(await count('SELECT count(*) AS n FROM admin_users')).toBe(1);
  expect(await count('SELECT count(*) AS n FROM i18n_locale')).toBe(3);
  await sql('UPDATE site_settings SET notification_email = $1', [STAFF]);

  const env = (siteEnv = {
    CMS_URL: `http://127.0.0.1:${LB.cms}`,
    CMS_READ_TOKEN: READ_TOKEN,
    CMS_FORMS_TOKEN: FORMS_TOKEN,
    ORIGIN: SITE,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ADDRESS_HEADER: 'x-forwarded-for',
    XFF_DEPTH: '1',
    FORMS_RATE_LIMIT: String(FORMS_LIMIT),
    FORMS_MIN_FILL_SECONDS: '1',
    // One key for every web process sharing the Redis outbox: each opens what another kept.
    OUTBOX_KEY: randomBytes(32).toString('base64'),
    ...PATIENT_WITH_THE_CMS,
  });
  sites.push(...(await Promise.all(WEB_PORTS.map((port) => startSite(port, { ...env, CONTENT_SNAPSHOT_DIR: tempDir('cluster-snapshot-') })))));
  await expect.poll(async () => (await send(`${SITE}/`).catch(() => ({ status: 0 }))).status, { timeout: 60_000 }).toBe(200);
  for (let i = 0; i < 2; i += 1) expect((await send(`${SITE}/es`)).body.toString()).toContain(HOTLINE.phone);
});

const staffNotices = () => smtp.mails.filter((mail) => mail.to.includes(STAFF));
const noticeIds = () => staffNotices().map((mail) => /contact-message\/(\w+)/.exec(mail.raw.replace(/=\r\n/g, ''))?.[1] ?? '?');

test('SMTP down, 20 messages and 5 sign-ups through the load balancer; SMTP back: exactly 20 notices and 5 confirmations', async () => {
  const contacts = Array.from({ length: 20 }, (_, i) => ({ from: `127.0.1.${i + 1}`, email: `visitor${i}@cluster.test` }));
  const readers = Array.from({ length: 5 }, (_, i) => ({ from: `127.0.1.${i + 101}`, email: `reader${i}@cluster.test` }));
  const contactTokens = contacts.map(openedForm);
  const readerTokens = readers.map(openedForm);
  const statuses = await Promise.all([
    ...contacts.map(({ from, email }, i) =>
      sendForm('/contact', { started: contactTokens[i]!, name: `Visitor ${i}`, email, replyBy: 'email', message: `Down-time message ${i}` }, from),
    ),
    ...readers.map(({ from, email }, i) => sendForm('/newsletter', { started: readerTokens[i]!, email, consent: 'yes' }, from)),
  ]);
  expect(statuses).toEqual(Array(25).fill(303));
  expect(await contactMessages('Down-time message ')).toHaveLength(20);
  expect(await count("SELECT count(*) AS n FROM newsletter_subscriptions WHERE email LIKE 'reader%@cluster.test'")).toBe(5);
  // Both processes tried and failed while SMTP was down.
  await expect.poll(() => count('SELECT count(*) AS n FROM contact_messages WHERE email_attempts > 0'), { timeout: EMAILS_WITHIN }).toBe(20);

  smtp = await startSmtpServer(smtpPort);
  const confirmations = () => smtp.mails.filter((mail) => readers.some(({ email }) => mail.to.includes(email)));
  await expect.poll(() => staffNotices().length, { timeout: EMAILS_WITHIN }).toBeGreaterThanOrEqual(20);
  await expect.poll(() => confirmations().length, { timeout: EMAILS_WITHIN }).toBeGreaterThanOrEqual(5);
  // Every one is marked sent (no process takes it again), and some retry periods later nothing came twice.
  const unsent = async () =>
    (await contactMessages('Down-time message ')).filter((row) => row.email_sent_at === null).length +
    (await count("SELECT count(*) AS n FROM newsletter_subscriptions WHERE email LIKE 'reader%@cluster.test' AND email_sent_at IS NULL"));
  await expect.poll(unsent, { timeout: EMAILS_WITHIN }).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  expect(staffNotices()).toHaveLength(20);
  expect(new Set(noticeIds()).size).toBe(20);
  expect(confirmations()).toHaveLength(5);
  expect(new Set(confirmations().map((mail) => mail.to[0])).size).toBe(5);
});

test('a CMS process killed in the middle of 100 posts: every confirmed post stored once, every stored one emailed once', async () => {
  const noticesBefore = staffNotices().length;
  const visitors = Array.from({ length: 100 }, (_, i) => ({ from: `127.0.2.${i + 1}`, marker: `Burst message ${i}` }));
  const tokens = visitors.map(openedForm);
  // No email is accepted until the burst is over, so the process is killed while it is sending
  // some (it will never see their "250"): another process must take those over.
  smtp.holdReplies();
  const confirmed = new Set<string>();
  let done = 0;
  let killedAt = -1;
  const queue = [...visitors.keys()];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const { from, marker } = visitors[i]!;
        const status = await sendForm('/contact', { started: tokens[i]!, name: `Burst ${i}`, email: `burst${i}@cluster.test`, replyBy: 'email', message: marker }, from);
        if (status === 303) confirmed.add(marker);
        done += 1;
        if (done === 40) {
          killedAt = done;
          await kill(cmsProcesses[0]!.child);
        }
      }
    }),
  );
  smtp.releaseReplies();
  const released = Date.now();
  expect(confirmed.size).toBeGreaterThanOrEqual(90);

  // A post the dying process could not store was kept by the site's outbox and is delivered now.
  const unstored = async () => {
    const rows = new Set((await contactMessages('Burst message ')).map((row) => row.message));
    return [...confirmed].filter((marker) => !rows.has(marker));
  };
  await expect.poll(unstored, { timeout: EMAILS_WITHIN }).toEqual([]);
  const stored = await contactMessages('Burst message ');
  const storedCount = new Map<string, number>();
  for (const row of stored) storedCount.set(row.message, (storedCount.get(row.message) ?? 0) + 1);
  for (const marker of confirmed) expect(storedCount.get(marker), marker).toBe(1);
  expect([...storedCount.values()].every((n) => n === 1)).toBe(true);

  // Emails the dead process had claimed are taken over once its claims run out.
  const burstIds = new Set(stored.map((row) => row.document_id));
  const burstNotices = () => noticeIds().filter((id) => burstIds.has(id));
  await expect.poll(() => burstNotices().length, { timeout: CLAIM_SECONDS * 1000 + EMAILS_WITHIN }).toBeGreaterThanOrEqual(stored.length);
  await expect.poll(async () => (await contactMessages('Burst message ')).filter((row) => row.email_sent_at === null).length, { timeout: EMAILS_WITHIN }).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  expect(burstNotices()).toHaveLength(stored.length);
  expect(new Set(burstNotices()).size).toBe(stored.length);
  expect(staffNotices().length - noticesBefore).toBe(stored.length);
  const takenOver = staffNotices().filter((mail) => mail.at > released + (CLAIM_SECONDS - 2) * 1000).length;
  console.log(
    `cluster: CMS 1 killed after ${killedAt} of 100 posts; the site confirmed ${confirmed.size}, ${stored.length} stored, ${stored.length} notices (${takenOver} taken over from the dead process's claims)`,
  );
});

test('limits hold across processes: a client alternating between the two gets the configured limit, not twice it', async () => {
  startCms(0);
  await healthy(0);
  // Form posts, counted by the site (x-forwarded-for, as the load balancer sets it).
  const formStatuses: number[] = [];
  for (let i = 0; i < 2 * FORMS_LIMIT; i += 1) {
    formStatuses.push(await sendForm('/contact', { name: '' }, '127.0.0.1', sites[i % 2]!.url, { 'x-forwarded-for': '203.0.113.50' }));
  }
  expect(formStatuses).toEqual([...Array(FORMS_LIMIT).fill(303), ...Array(FORMS_LIMIT).fill(429)]);
  // The content API, counted by the CMS.
  const apiStatuses: number[] = [];
  for (let i = 0; i < 2 * API_LIMIT; i += 1) {
    apiStatuses.push((await send(`http://127.0.0.1:${CMS_PORTS[i % 2]}/api/faqs`, { headers: { 'x-forwarded-for': '203.0.113.60' } })).status);
  }
  expect(apiStatuses).toEqual([...Array(API_LIMIT).fill(200), ...Array(API_LIMIT).fill(429)]);
});

test('a file uploaded through one CMS process is served by the other and by each web process', async () => {
  const login = await send(`http://127.0.0.1:${CMS_PORTS[0]}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(login.status).toBe(200);
  const { token } = (JSON.parse(login.body.toString()) as { data: { token: string } }).data;
  const pdf = Buffer.from(`%PDF-1.4 cluster ${randomBytes(8).toString('hex')}\n%%EOF\n`);
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'cluster-guide.pdf');
  form.append('fileInfo', JSON.stringify({ alternativeText: 'A guide' }));
  const uploaded = await fetch(`http://127.0.0.1:${CMS_PORTS[0]}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect([200, 201]).toContain(uploaded.status);
  const [file] = (await uploaded.json()) as [{ url: string }];
  expect(file.url).toMatch(/^\/uploads\/cluster_guide_\w+\.pdf$/);

  for (const origin of [`http://127.0.0.1:${CMS_PORTS[1]}`, ...sites.map((site) => site.url), SITE]) {
    const served = await send(`${origin}${file.url}`);
    expect(served.status, origin).toBe(200);
    expect(served.body.equals(pdf), origin).toBe(true);
    expect(served.headers['content-security-policy'], origin).toBe("default-src 'none'; sandbox");
    expect(served.headers['x-content-type-options'], origin).toBe('nosniff');
  }
});

test('both CMS processes down: every message and sign-up confirmed and kept (Redis, and a folder across a restart); CMS back: each stored once, emailed once', async () => {
  // A third web process without Redis keeps what it cannot send in a folder of its own.
  const spool = { OUTBOX_DIR: tempDir('cluster-outbox-'), OUTBOX_KEY: randomBytes(32).toString('base64') };
  const alone = { ...siteEnv, REDIS_URL: '', CONTENT_SNAPSHOT_DIR: tempDir('cluster-alone-snapshot-'), ...spool };
  let lone = await startSite(LONE_PORT, alone);
  expect((await send(`${lone.url}/contact`)).status).toBe(200);
  const noticesBefore = staffNotices().length;
  await Promise.all(cmsProcesses.map((cms) => kill(cms?.child)));

  // 20 messages and 5 sign-ups over the two web processes sharing Redis; web 1 is killed after 12.
  const posts = [
    ...Array.from({ length: 20 }, (_, i) => ({ page: '/contact', fields: { name: `Kept ${i}`, email: `kept${i}@cluster.test`, replyBy: 'email', message: `Outbox message ${i}` } })),
    ...Array.from({ length: 5 }, (_, i) => ({ page: '/newsletter', fields: { email: `kept-reader${i}@cluster.test`, consent: 'yes' } })),
  ];
  const statuses: number[] = [];
  for (const [i, { page, fields }] of posts.entries()) {
    const site = i < 12 ? sites[i % 2]! : sites[1]!;
    const from = `127.0.4.${i + 1}`;
    statuses.push(await sendForm(page, { started: openedForm(), ...fields }, from, site.url, { 'x-forwarded-for': from }));
    if (i === 11) {
      sites[0]!.signal('SIGKILL');
      await sites[0]!.exited;
    }
  }
  // …and 4 messages to the one without Redis, which is then killed and started again.
  for (let i = 0; i < 4; i += 1) {
    const from = `127.0.5.${i + 1}`;
    const fields = { started: openedForm(), name: `Spooled ${i}`, email: `spooled${i}@cluster.test`, replyBy: 'email', message: `Spooled message ${i}` };
    statuses.push(await sendForm('/contact', fields, from, lone.url, { 'x-forwarded-for': from }));
  }
  expect(statuses).toEqual(Array(29).fill(303));
  // Submissions waiting do not make a site "not ready": it serves its pages.
  for (const site of [sites[1]!, lone]) expect((await send(`${site.url}/readyz`)).status, site.url).toBe(200);
  lone.signal('SIGKILL');
  await lone.exited;
  lone = await startSite(LONE_PORT, alone);
  sites.push(lone);

  startCms(0);
  startCms(1);
  await Promise.all([healthy(0), healthy(1)]);
  const back = Date.now();
  const signUps = () => count("SELECT count(*) AS n FROM newsletter_subscriptions WHERE email LIKE 'kept-reader%@cluster.test'");
  await expect.poll(async () => (await contactMessages('Outbox message ')).length, { timeout: EMAILS_WITHIN }).toBe(20);
  await expect.poll(signUps, { timeout: EMAILS_WITHIN }).toBe(5);
  await expect.poll(async () => (await contactMessages('Spooled message ')).length, { timeout: EMAILS_WITHIN }).toBe(4);
  console.log(`cluster: the CMS back, all 29 kept submissions stored within ${((Date.now() - back) / 1000).toFixed(1)} s`);

  const stored = [...(await contactMessages('Outbox message ')), ...(await contactMessages('Spooled message '))];
  const ids = new Set(stored.map((row) => row.document_id));
  const kept = () => noticeIds().filter((id) => ids.has(id));
  const confirmations = () => smtp.mails.filter((mail) => mail.to.some((to) => to.startsWith('kept-reader')));
  await expect.poll(() => kept().length, { timeout: EMAILS_WITHIN }).toBeGreaterThanOrEqual(24);
  await expect.poll(() => confirmations().length, { timeout: EMAILS_WITHIN }).toBeGreaterThanOrEqual(5);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  // Each once, though web 1 died holding one and the others tried while the CMS was away.
  expect(stored).toHaveLength(24);
  expect(new Set(stored.map((row) => row.message)).size).toBe(24);
  expect(await signUps()).toBe(5);
  expect(kept()).toHaveLength(24);
  expect(staffNotices().length - noticesBefore).toBe(24);
  expect(confirmations()).toHaveLength(5);
});
