// Partner webhooks against a booted CMS and a real HTTP receiver: a publish arrives signed per
// Standard Webhooks (verified with the `standardwebhooks` package), once; a receiver that fails is
// tried again; only what a subscription asks for is sent, never form submissions; nothing reaches
// a private address without WEBHOOKS_ALLOW_PRIVATE; repeated failures turn a subscription off and
// staff are emailed; the delivery log is pruned nightly.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '@maine-sten/test-harness/smtp-server';
import { setClockForTests } from '../src/utils/clock';
import { guardedPost, RefusedAddressError } from '../src/webhooks/address';
import { DELIVERY, SUBSCRIPTION, sendDuePass } from '../src/webhooks/deliveries';
import { adminLogin, expectExactly, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const ADMIN = { email: 'webhooks-admin@example.org', password: 'Webhooks-Admin-Passw0rd!' };
const HOUR = 60 * 60 * 1000;
const smtp = await startSmtpServer();
Object.assign(process.env, {
  WEBHOOKS_ALLOW_PRIVATE: 'true', // the receiver is on this machine
  // An hour, then four: no retry comes by itself while a test runs, only when it moves the CMS's clock.
  WEBHOOK_RETRY_SECONDS: '3600',
  WEBHOOK_MAX_FAILURES: '3',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtp.port),
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
});

interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
  status: number;
}

/** A partner's endpoint: records every request; answers 500 to the next `failures` of them. */
async function startReceiver(answer?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean) {
  const received: Received[] = [];
  let failures = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (answer?.(req, res)) return;
      const status = failures > 0 ? 500 : 204;
      if (failures > 0) failures -= 1;
      received.push({ headers: req.headers as Record<string, string>, body, at: Date.now(), status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    fail: (n: number) => (failures = n),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const suiteCms = useSuiteCms();
let cms: BootedCms;
let jwt: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  cms = suiteCms();
  jwt = await adminLogin(cms, ADMIN.email, ADMIN.password);
  receiver = await startReceiver();
});
afterEach(() => setClockForTests(null));
afterAll(async () => {
  await receiver?.stop();
  await smtp.stop();
  for (const key of ['WEBHOOKS_ALLOW_PRIVATE', 'WEBHOOK_RETRY_SECONDS', 'WEBHOOK_MAX_FAILURES', 'SMTP_HOST', 'SMTP_PORT', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) delete process.env[key];
});

/** A subscription as an Editor makes it in the admin, with its secret from "New signing secret". */
async function subscribe(name: string, url: string, data: Record<string, unknown> = {}) {
  const created = await cms.strapi.documents(SUBSCRIPTION).create({ data: { name, url, enabled: true, ...data } });
  const response = await fetch(`${cms.url}/admin/partner-webhooks/${created.documentId}/secret`, {
    method: 'POST',
    headers: { authorization: `Bearer ${jwt}` },
  });
  expect(response.status).toBe(200);
  const { secret } = ((await response.json()) as { data: { secret: string } }).data;
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
  return { documentId: created.documentId, secret };
}

const FAQ = 'api::faq.faq';
async function publishFaqChange(question: string) {
  const faq = await cms.strapi.documents(FAQ).findFirst({ locale: 'en', status: 'published', sort: 'order:asc' });
  const started = Date.now();
  await cms.strapi.documents(FAQ).update({ documentId: faq!.documentId, locale: 'en', data: { question } });
  await cms.strapi.documents(FAQ).publish({ documentId: faq!.documentId, locale: 'en' });
  return { documentId: faq!.documentId, started };
}

interface LoggedDelivery {
  eventId: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  nextAttemptAt: string | null;
  payload: unknown;
}
const deliveriesOf = async (subscription: string) =>
  (await cms.strapi.db.query(DELIVERY).findMany({ where: { subscription }, orderBy: { id: 'asc' } })) as LoggedDelivery[];

const lastDeliveryId = async () => ((await cms.strapi.db.query(DELIVERY).findOne({ orderBy: { id: 'desc' } })) as { id: number } | null)?.id ?? 0;

/**
 * The delivery to `subscription` queued after delivery `after`, once its `attempts`th attempt
 * (right after the publish, or by a due run) is logged.
 */
async function afterAttempt(subscription: string, after: number, attempts: number): Promise<LoggedDelivery> {
  const find = async () => (await cms.strapi.db.query(DELIVERY).findOne({ where: { subscription, id: { $gt: after } } })) as LoggedDelivery | null;
  await expect.poll(async () => (await find())?.attempts, { timeout: 10_000, interval: 50 }).toBe(attempts);
  return (await find())!;
}

/** With the CMS's clock at `at`, a due run (the cron job's) and the attempt it makes, if any. */
async function dueRunAt(at: number): Promise<void> {
  setClockForTests(at);
  await sendDuePass(cms.strapi);
}

describe('partner webhooks', () => {
  let main: { documentId: string; secret: string };

  it('deliver a publish signed per Standard Webhooks, exactly once', async () => {
    main = await subscribe('211 Maine', receiver.url);
    const { documentId, started } = await publishFaqChange('Who can call the hotline? (webhook test)');
    await expectExactly(() => receiver.received.filter((request) => request.body.includes(documentId)).length, 1);
    const [request] = receiver.received;
    console.log(`[webhooks] publish → webhook received in ${request!.at - started} ms`);
    const event = new Webhook(main.secret).verify(request!.body, request!.headers) as { type: string; data: Record<string, string> };
    expect(event).toMatchObject({ type: 'entry.publish', data: { model: 'faq', documentId, locale: 'en' } });
    expect(request!.headers['webhook-id']).toMatch(/^msg_/);
    // Signed with another secret, it does not verify.
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 1).toString('base64')}`).verify(request!.body, request!.headers)).toThrow();
    const [logged] = await deliveriesOf(main.documentId);
    expect(logged).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 204, eventId: request!.headers['webhook-id'] });
  });

  it('tries again after WEBHOOK_RETRY_SECONDS, then after four times that, until the receiver takes it', async () => {
    receiver.fail(2);
    // The CMS's clock stands still: only this test moves it on.
    const start = Date.now();
    setClockForTests(start);
    const before = await lastDeliveryId();
    await publishFaqChange('Who can call the hotline? (retry test)');

    // The first attempt, right after the publish, fails: the next is due an hour later, not sooner.
    let logged = await afterAttempt(main.documentId, before, 1);
    const attempts = () => receiver.received.filter((request) => request.headers['webhook-id'] === logged.eventId);
    expect(Date.parse(logged.nextAttemptAt!)).toBe(start + HOUR);
    await dueRunAt(start + HOUR - 1);
    expect(attempts()).toHaveLength(1);

    // It fails again: the pause is four times longer.
    await dueRunAt(start + HOUR);
    logged = await afterAttempt(main.documentId, before, 2);
    expect(Date.parse(logged.nextAttemptAt!)).toBe(start + HOUR + 4 * HOUR);
    await dueRunAt(start + 5 * HOUR - 1);
    expect(attempts()).toHaveLength(2);

    await dueRunAt(start + 5 * HOUR);
    logged = await afterAttempt(main.documentId, before, 3);
    expect(logged).toMatchObject({ status: 'delivered', attempts: 3, nextAttemptAt: null });
    expect(attempts().map((request) => request.status)).toEqual([500, 500, 204]); // one event, three attempts
    // Delivered: no later run sends it again.
    await dueRunAt(start + 100 * HOUR);
    expect(attempts()).toHaveLength(3);
  });

  it('sends each due attempt once, however many processes try at the same time', async () => {
    receiver.received.length = 0;
    const row = (await cms.strapi.db.query(DELIVERY).findMany({ where: { subscription: main.documentId }, limit: 1 }))[0] as { payload: unknown };
    await cms.strapi.db.query(DELIVERY).create({
      data: { documentId: 'concurrentdelivery000001', subscription: main.documentId, eventId: 'msg_concurrent', event: 'entry.publish', payload: row.payload, status: 'pending', attempts: 0, nextAttemptAt: new Date() },
    });
    await Promise.all(Array.from({ length: 6 }, () => sendDuePass(cms.strapi)));
    await expectExactly(() => receiver.received.filter((request) => request.headers['webhook-id'] === 'msg_concurrent').length, 1, { settleMs: 3000 });
  });

  it('send only the types and languages asked for, and nothing about form submissions', async () => {
    const picky = await subscribe('Spanish pages only', receiver.url, { questions: false, languages: 'es' });
    await cms.strapi.documents('api::contact-message.contact-message').create({
      data: { name: 'Webhook test', email: 'someone@example.org', message: 'This must never leave the CMS.', consent: true } as never,
    });
    const before = await lastDeliveryId();
    await publishFaqChange('Who can call the hotline? (filter test)');
    // Every subscription's delivery of the event is queued before any is sent: once the main one
    // has gone, the picky one would be in the log already.
    await afterAttempt(main.documentId, before, 1);
    expect(await deliveriesOf(picky.documentId)).toEqual([]);
    const all = (await cms.strapi.db.query(DELIVERY).findMany({})) as { payload: unknown }[];
    expect(JSON.stringify(all)).not.toContain('never leave the CMS');
    expect(JSON.stringify(all)).not.toContain('contact-message');
  });

  it('turn a subscription off after WEBHOOK_MAX_FAILURES (3) failed attempts in a row, and email staff once', async () => {
    const failing = await startReceiver((_req, res) => (res.writeHead(503).end(), true));
    const doomed = await subscribe('Broken partner', failing.url, { pages: false, resources: false });
    const subscription = async () => (await cms.strapi.db.query(SUBSCRIPTION).findOne({ where: { documentId: doomed.documentId } })) as { enabled: boolean; disabledReason: string | null };
    const start = Date.now();
    setClockForTests(start);
    const before = await lastDeliveryId();
    await publishFaqChange('Who can call the hotline? (failure test)');
    await afterAttempt(doomed.documentId, before, 1);
    await dueRunAt(start + HOUR);
    await afterAttempt(doomed.documentId, before, 2);
    await dueRunAt(start + 5 * HOUR);
    await afterAttempt(doomed.documentId, before, 3);
    await expect.poll(async () => (await subscription()).enabled, { timeout: 10_000, interval: 50 }).toBe(false);
    expect((await subscription()).disabledReason).toMatch(/^3 attempts in a row failed/);
    await expectExactly(() => smtp.mails.filter((mail) => mail.raw.includes('Partner webhook turned off: Broken partner')).length, 1);
    const mail = smtp.mails.find((mail) => mail.raw.includes('Partner webhook turned off'))!;
    expect(mail.to).toContain(ADMIN.email);
    await failing.stop();
  });

  it('keep WEBHOOK_LOG_DAYS (30) of finished deliveries in the log, and every one still being tried', async () => {
    const { deleteExpiredSubmissions } = await import('../src/submissions/retention');
    const day = 24 * 60 * 60 * 1000;
    // The CMS's clock a week ahead of the machine's: the ages below count from it, not from the real time.
    const now = Date.now() + 7 * day;
    setClockForTests(now);
    const make = async (name: string, status: string, ageDays: number) => {
      const documentId = `logretention${name}`.padEnd(24, '0');
      await cms.strapi.db.query(DELIVERY).create({
        data: { documentId, subscription: main.documentId, eventId: `msg_${documentId}`, event: 'entry.publish', payload: {}, status, attempts: 1, nextAttemptAt: new Date(now + day) },
      });
      await cms.strapi.db.query(DELIVERY).updateMany({ where: { documentId }, data: { createdAt: new Date(now - ageDays * day) } });
      return documentId;
    };
    const oldDelivered = await make('olddelivered', 'delivered', 31);
    const oldFailed = await make('oldfailed', 'failed', 40);
    const oldPending = await make('oldpending', 'pending', 40);
    const recent = await make('recent', 'delivered', 29);
    const deleted = await deleteExpiredSubmissions(cms.strapi);
    expect(deleted[DELIVERY]).toBe(2);
    const left = async (documentId: string) => cms.strapi.db.query(DELIVERY).count({ where: { documentId } });
    expect(await left(oldDelivered)).toBe(0);
    expect(await left(oldFailed)).toBe(0);
    expect(await left(oldPending)).toBe(1);
    expect(await left(recent)).toBe(1);
    await cms.strapi.db.query(DELIVERY).deleteMany({ where: { documentId: { $in: [oldPending, recent] } } });
  });

  it('keep subscriptions and their deliveries away from the APIs', async () => {
    for (const path of ['/api/partner-webhooks', '/api/webhook-deliveries']) expect((await fetch(`${cms.url}${path}`)).status, path).toBe(404);
    const answer = await cms.graphql('{ partnerWebhooks { url } }');
    expect(answer.status).toBe(400);
    // A secret typed in the admin is not taken.
    await cms.strapi.documents(SUBSCRIPTION).update({ documentId: main.documentId, data: { secret: 'whsec_weak' } as never });
    const stored = (await cms.strapi.db.query(SUBSCRIPTION).findOne({ where: { documentId: main.documentId } })) as { secret: string };
    expect(stored.secret).toBe(main.secret);
    // Shown once only: never in what the admin reads (the Content Manager's own API) or the document service answers.
    const cm = `${cms.url}/content-manager/collection-types/${SUBSCRIPTION}`;
    for (const url of [`${cm}/${main.documentId}`, cm]) {
      const answer = await fetch(url, { headers: { authorization: `Bearer ${jwt}` } });
      expect(answer.status, url).toBe(200);
      const text = await answer.text();
      expect(text, url).toContain('211 Maine');
      expect(text, url).not.toContain(main.secret.slice('whsec_'.length));
    }
    expect(await cms.strapi.documents(SUBSCRIPTION).findOne({ documentId: main.documentId })).not.toHaveProperty('secret');
  });
});

describe('private addresses', () => {
  const publicOnly = {}; // guardedPost's default: no loopback, private or link-local address

  it('are refused without WEBHOOKS_ALLOW_PRIVATE, by address, by name and after a redirect', async () => {
    const target = await startReceiver();
    const before = target.received.length;
    await expect(guardedPost(`http://127.0.0.1:${target.port}/`, '{}', {}, publicOnly)).rejects.toBeInstanceOf(RefusedAddressError);
    await expect(guardedPost(`http://localhost:${target.port}/`, '{}', {}, publicOnly)).rejects.toThrow(/may not reach/);
    await expect(guardedPost(`http://169.254.169.254/latest/meta-data`, '{}', {}, publicOnly)).rejects.toBeInstanceOf(RefusedAddressError);
    // A server allowed here (this test's rule lets 127.0.0.1 through) that redirects to ::1 is not followed there.
    const redirecting = await startReceiver((_req, res) => (res.writeHead(307, { location: `http://[::1]:${target.port}/` }).end(), true));
    await expect(guardedPost(redirecting.url, '{}', {}, { allowed: (address) => address === '127.0.0.1' })).rejects.toBeInstanceOf(RefusedAddressError);
    expect(target.received.length).toBe(before);
    await redirecting.stop();
    await target.stop();
  });

  it('cannot even be saved as an address without WEBHOOKS_ALLOW_PRIVATE', async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'false';
    try {
      for (const url of ['http://partner.example.org/hooks', 'https://127.0.0.1/hooks', 'https://localhost/hooks', 'https://[::1]/hooks']) {
        await expect(cms.strapi.documents(SUBSCRIPTION).create({ data: { name: 'Bad', url, enabled: true } }), url).rejects.toThrow();
      }
      await cms.strapi.documents(SUBSCRIPTION).create({ data: { name: 'Good', url: 'https://partner.example.org/hooks', enabled: false } });
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE = 'true';
    }
  });
});
