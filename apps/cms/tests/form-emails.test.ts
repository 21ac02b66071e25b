// What a submission sets off, against a real SMTP server: staff are told of contact messages and
// training requests (a link to the admin, never what the visitor wrote); a newsletter sign-up gets
// a double opt-in email with one-click unsubscribe; a send that fails is kept and retried once
// SMTP is back; the retention job deletes old submissions; editors export confirmed subscribers.
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { expectExactly, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { startSmtpServer, type ReceivedMail } from '@maine-sten/test-harness/smtp-server';
import { retryPendingEmails } from '../src/submissions/email';
import { setClockForTests } from '../src/utils/clock';

const FORMS_TOKEN = 'forms-token-for-email-tests-0123456789abcdef';
const STAFF = 'staff@example.org';
const ADMIN = { email: 'admin@example.test', password: 'Admin-password-for-email-tests-1' };
const EMAIL_PAUSE = 10 * 60 * 1000;

let smtp = await startSmtpServer();
const SMTP_PORT = smtp.port;
Object.assign(process.env, {
  CMS_FORMS_TOKEN: FORMS_TOKEN,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(SMTP_PORT),
  EMAIL_FROM: 'Maine STEN <no-reply@example.test>',
  // Ten minutes, then twenty: no retry comes by itself while a test runs, only when it moves the CMS's clock.
  EMAIL_RETRY_SECONDS: String(EMAIL_PAUSE / 1000),
  SITE_URL: 'https://site.example.test',
  CMS_PUBLIC_URL: 'https://cms.example.test',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
});

const suiteCms = useSuiteCms();
let cms: BootedCms;
beforeAll(async () => {
  cms = suiteCms();
  const settings = cms.strapi.documents('api::site-setting.site-setting');
  const current = await settings.findFirst();
  await settings.update({ documentId: current!.documentId, data: { notificationEmail: STAFF }, status: 'published' });
});
afterEach(() => setClockForTests(null));
afterAll(() => smtp.stop());

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${cms.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json().catch(() => null)) as { data?: { documentId?: string } } | null };
};

const CONTACT = { name: 'Ana Secret', email: 'ana@example.org', replyBy: 'email', message: 'A private question about facilitators' };
const TRAINING = {
  name: 'Ben Secret',
  email: 'ben@example.org',
  organization: 'Downeast Clinic',
  role: 'Nurse',
  county: 'washington',
  audience: 'Nurses',
  audienceSize: 12,
  format: 'online',
};

const mailTo = (address: string, mails: ReceivedMail[] = smtp.mails) => mails.filter((mail) => mail.to.includes(address));
/** The body of a mail, with quoted-printable soft line breaks undone. */
const bodyOf = (mail: ReceivedMail) => mail.raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');
/** The header lines of a mail, long ones unfolded (RFC 5322). */
const headersOf = (mail: ReceivedMail) => mail.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');

describe('staff notifications', () => {
  it.each([
    ['contact-messages', 'api::contact-message.contact-message', CONTACT, 'New contact message'],
    ['training-requests', 'api::training-request.training-request', TRAINING, 'New training request'],
  ] as const)('a new %s entry emails staff a link to it in the admin, and nothing the visitor wrote', async (plural, uid, data, subject) => {
    const before = mailTo(STAFF).length;
    const started = Date.now();
    const created = await post(`/api/${plural}`, { data });
    expect(created.status).toBe(201);
    const documentId = created.json!.data!.documentId!;
    await expectExactly(() => mailTo(STAFF).length, before + 1);
    console.log(`${plural}: submit → staff email in ${Date.now() - started} ms`);

    const mail = mailTo(STAFF).at(-1)!;
    expect(mail.from).toBe('no-reply@example.test');
    expect(mail.raw).toContain(`Subject: ${subject} on the Maine STEN website`);
    expect(bodyOf(mail)).toContain(`https://cms.example.test/admin/content-manager/collection-types/${uid}/${documentId}`);
    for (const value of Object.values(data)) {
      if (typeof value === 'string' && value.length > 6) expect(bodyOf(mail)).not.toContain(value);
    }
    await expect
      .poll(async () => (await cms.strapi.db.query(uid).findOne({ where: { documentId } }))?.emailSentAt, { timeout: 2000 })
      .toBeTruthy();
  });

  it('keeps a submission while SMTP is down, tries again after EMAIL_RETRY_SECONDS then twice that, and sends its email once SMTP is back', async () => {
    const uid = 'api::contact-message.contact-message';
    await smtp.stop();
    let down = true;
    // The later tests need SMTP, whatever this one does.
    onTestFinished(async () => {
      if (down) smtp = await startSmtpServer(SMTP_PORT);
    });
    // The CMS's clock stands still: only this test moves it on.
    const start = Date.now();
    setClockForTests(start);
    const created = await post('/api/contact-messages', { data: { ...CONTACT, email: 'down@example.org' } });
    expect(created.status).toBe(201);
    const documentId = created.json!.data!.documentId!;
    const entry = async () =>
      (await cms.strapi.db.query(uid).findOne({ where: { documentId } })) as { emailAttempts: number | null; emailSentAt: string | null; emailNextAttemptAt: string | null };
    /** With the CMS's clock at `at`, the retry job's run. */
    const retryAt = (at: number) => {
      setClockForTests(at);
      return retryPendingEmails(cms.strapi, [uid]);
    };

    // The send right after the submission fails: the next try is EMAIL_RETRY_SECONDS later, not sooner.
    const attempts = (n: number) => expect.poll(async () => (await entry()).emailAttempts, { timeout: 10_000, interval: 50 }).toBe(n);
    await attempts(1);
    expect((await entry()).emailSentAt).toBeNull();
    expect(Date.parse((await entry()).emailNextAttemptAt!)).toBe(start + EMAIL_PAUSE);
    await retryAt(start + EMAIL_PAUSE - 1);
    expect((await entry()).emailAttempts).toBe(1);
    // It fails again (tried by this run or the cron job's, whichever claims it): the pause doubles.
    await retryAt(start + EMAIL_PAUSE);
    await attempts(2);
    expect(Date.parse((await entry()).emailNextAttemptAt!)).toBe(start + 3 * EMAIL_PAUSE);

    smtp = await startSmtpServer(SMTP_PORT);
    down = false;
    expect(await retryAt(start + 3 * EMAIL_PAUSE - 1)).toBe(0);
    expect(mailTo(STAFF)).toEqual([]);
    await retryAt(start + 3 * EMAIL_PAUSE);
    await expectExactly(() => mailTo(STAFF).length, 1);
    expect(bodyOf(mailTo(STAFF)[0]!)).toContain(documentId);
    // The mail is in before the CMS has written down that it went.
    await expect.poll(async () => (await entry()).emailSentAt, { timeout: 5000, interval: 50 }).toBeTruthy();
    // Sent: no later run sends it again.
    expect(await retryAt(start + 100 * EMAIL_PAUSE)).toBe(0);
    expect(mailTo(STAFF)).toHaveLength(1);
  });
});

describe('newsletter double opt-in', () => {
  const ADDRESS = 'reader@example.org';
  const tokenIn = (mail: ReceivedMail, path: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(bodyOf(mail))?.[1];

  it('mails a confirmation link; only a confirmed address counts; one-click unsubscribe deletes it', async () => {
    const uid = 'api::newsletter-subscription.newsletter-subscription';
    const created = await post('/api/newsletter-subscriptions', { data: { email: ADDRESS, name: 'Reader', consent: true } });
    expect(created.status).toBe(202);
    await expectExactly(() => mailTo(ADDRESS).length, 1);
    const mail = mailTo(ADDRESS)[0]!;
    const confirmToken = tokenIn(mail, 'https://site.example.test/newsletter/confirm')!;
    const unsubscribeToken = tokenIn(mail, 'https://site.example.test/newsletter/unsubscribe')!;
    expect(confirmToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(headersOf(mail)).toContain(`List-Unsubscribe: <https://cms.example.test/api/newsletter-subscriptions/unsubscribe?token=${unsubscribeToken}>`);
    expect(headersOf(mail)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const stored = () => cms.strapi.db.query(uid).findOne({ where: { email: ADDRESS } });
    expect((await stored())?.confirmedAt).toBeNull();
    expect((await post('/api/newsletter-subscriptions/confirm', { token: 'x'.repeat(43) })).status).toBe(404);
    expect((await post('/api/newsletter-subscriptions/confirm', { token: 'bad token' })).status).toBe(400);
    expect((await post('/api/newsletter-subscriptions/confirm', { token: confirmToken }, { authorization: '' })).status).toBe(200);
    expect((await stored())?.confirmedAt).toBeTruthy();
    // One use only.
    expect((await post('/api/newsletter-subscriptions/confirm', { token: confirmToken })).status).toBe(404);

    // Signing up again is not an error, and sends nothing to an address mailed a moment ago.
    expect((await post('/api/newsletter-subscriptions', { data: { email: ADDRESS.toUpperCase(), consent: true } })).status).toBe(202);
    expect(await cms.strapi.db.query(uid).count({ where: { email: ADDRESS } })).toBe(1);

    // Editors export the confirmed subscribers.
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const { token: adminJwt } = ((await login.json()) as { data: { token: string } }).data;
    await post('/api/newsletter-subscriptions', { data: { email: 'unconfirmed@example.org', consent: true } });
    const csv = await fetch(`${cms.url}/admin/newsletter-export/subscribers.csv`, { headers: { authorization: `Bearer ${adminJwt}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toBe('"email","name","confirmedAt","unsubscribeUrl"');
    expect(rows.slice(1)).toEqual([expect.stringMatching(new RegExp(`^"${ADDRESS}","Reader","\\d{4}-[^"]*","https://site.example.test/newsletter/unsubscribe\\?token=${unsubscribeToken}"$`))]);
    expect((await fetch(`${cms.url}/admin/newsletter-export/subscribers.csv`)).status).toBe(401);

    // RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click" to the header's URL, with no token.
    const oneClick = await fetch(`${cms.url}/api/newsletter-subscriptions/unsubscribe?token=${unsubscribeToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await stored()).toBeNull();
  });

  it('tells nobody who subscribes: one answer for a new, a pending and a confirmed address; only the owner is mailed', async () => {
    const start = Date.now();
    setClockForTests(start);
    const signUp = (email: string) => post('/api/newsletter-subscriptions', { data: { email, consent: true, language: 'fr' } });
    const stranger = await signUp('new-reader@example.org');
    const first = await signUp('pending-reader@example.org');
    await expectExactly(() => mailTo('pending-reader@example.org').length, 1);
    const firstLink = tokenIn(mailTo('pending-reader@example.org')[0]!, 'https://site.example.test/fr/newsletter/confirm')!;
    await signUp('confirmed-reader@example.org');
    await expectExactly(() => mailTo('confirmed-reader@example.org').length, 1);
    const confirmLink = tokenIn(mailTo('confirmed-reader@example.org')[0]!, 'https://site.example.test/fr/newsletter/confirm')!;
    expect((await post('/api/newsletter-subscriptions/confirm', { token: confirmLink })).status).toBe(200);

    // Past the pause between two emails to one address: each sign-up again mails its owner.
    setClockForTests(start + 11 * 60 * 1000);
    const pending = await signUp('pending-reader@example.org');
    const confirmed = await signUp('confirmed-reader@example.org');
    for (const answer of [first, pending, confirmed]) expect(answer).toEqual(stranger);
    expect(stranger).toEqual({ status: 202, json: { data: null } });

    // The pending address gets its confirmation again, with the same link: the first still works.
    await expectExactly(() => mailTo('pending-reader@example.org').length, 2);
    expect(tokenIn(mailTo('pending-reader@example.org')[1]!, 'https://site.example.test/fr/newsletter/confirm')).toBe(firstLink);
    // The confirmed one is told, in its language, that nothing changed; it stays confirmed.
    await expectExactly(() => mailTo('confirmed-reader@example.org').length, 2);
    const note = mailTo('confirmed-reader@example.org')[1]!;
    expect(bodyOf(note)).toContain('Cette adresse est d');
    expect(bodyOf(note)).not.toContain('newsletter/confirm');
    expect(headersOf(note)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect((await post('/api/newsletter-subscriptions/confirm', { token: firstLink })).status).toBe(200);
    const uid = 'api::newsletter-subscription.newsletter-subscription';
    expect((await cms.strapi.db.query(uid).findOne({ where: { email: 'confirmed-reader@example.org' } }))?.confirmedAt).toBeTruthy();
  });

  it('mails a sign-up made in Spanish or French in that language, linking that language’s pages', async () => {
    for (const [language, address, greeting, unsubscribe] of [
      ['es', 'lectora@example.org', 'Para confirmarlo, abra este enlace', 'Cancelar la suscripci'],
      ['fr', 'lectrice@example.org', 'Pour confirmer, ouvrez ce lien', 'Se d'],
    ] as const) {
      expect((await post('/api/newsletter-subscriptions', { data: { email: address, consent: true, language } })).status).toBe(202);
      await expectExactly(() => mailTo(address).length, 1, { settleMs: 0 });
      const mail = mailTo(address)[0]!;
      expect(headersOf(mail)).toContain(`Content-Language: ${language}`);
      expect(bodyOf(mail)).toContain(greeting);
      expect(bodyOf(mail)).toContain(unsubscribe);
      expect(tokenIn(mail, `https://site.example.test/${language}/newsletter/confirm`)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(tokenIn(mail, `https://site.example.test/${language}/newsletter/unsubscribe`)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    // English when nothing is said; a language the site does not have is refused.
    expect((await post('/api/newsletter-subscriptions', { data: { email: 'xx@example.org', consent: true, language: 'xx' } })).status).toBe(400);
  });

  it('refuses a sign-up without consent, storing nothing', async () => {
    const response = await post('/api/newsletter-subscriptions', { data: { email: 'noconsent@example.org', consent: false } });
    expect(response.status).toBe(400);
    expect(await cms.strapi.db.query('api::newsletter-subscription.newsletter-subscription').count({ where: { email: 'noconsent@example.org' } })).toBe(0);
  });
});

describe('retention', () => {
  it('a Strapi cron job deletes old messages and requests, and unconfirmed sign-ups after 7 days', async () => {
    const { deleteExpiredSubmissions } = await import('../src/submissions/retention');
    const jobs = (cms.strapi.cron as unknown as { jobs: { name?: string }[] }).jobs.map((job) => job.name);
    expect(jobs).toEqual(expect.arrayContaining(['deleteExpiredSubmissions', 'retryFormEmails']));

    const day = 24 * 60 * 60 * 1000;
    // The CMS's clock a month ahead of the machine's: the ages below count from it, not from the real time.
    const now = Date.now() + 30 * day;
    setClockForTests(now);
    const make = async (uid: string, data: object, ageDays: number) => {
      const entry = await cms.strapi.documents(uid as 'api::contact-message.contact-message').create({ data: data as never });
      await cms.strapi.db.query(uid).updateMany({ where: { documentId: entry.documentId }, data: { createdAt: new Date(now - ageDays * day) } });
      return entry.documentId;
    };
    const contact = 'api::contact-message.contact-message';
    const newsletter = 'api::newsletter-subscription.newsletter-subscription';
    const oldMessage = await make(contact, { ...CONTACT, email: 'old@example.org' }, 366);
    const recentMessage = await make(contact, { ...CONTACT, email: 'recent@example.org' }, 364);
    const staleSignUp = await make(newsletter, { email: 'stale@example.org', consent: true }, 8);
    const freshSignUp = await make(newsletter, { email: 'fresh@example.org', consent: true }, 6);
    const confirmedLongAgo = await make(newsletter, { email: 'loyal@example.org', consent: true, confirmedAt: new Date(now - 400 * day) }, 400);

    await deleteExpiredSubmissions(cms.strapi);
    const exists = async (uid: string, documentId: string) => (await cms.strapi.db.query(uid).count({ where: { documentId } })) === 1;
    expect(await exists(contact, oldMessage)).toBe(false);
    expect(await exists(contact, recentMessage)).toBe(true);
    expect(await exists(newsletter, staleSignUp)).toBe(false);
    expect(await exists(newsletter, freshSignUp)).toBe(true);
    expect(await exists(newsletter, confirmedLongAgo)).toBe(true);
  });

  it('runs once a night for the whole cluster, however many processes fire it at once', async () => {
    const { runNightlyRetention } = await import('../src/submissions/retention');
    const night = new Date('2031-03-04T03:15:00Z');
    // As many processes' cron firing at the same second (each a claim on the shared database).
    const runs = await Promise.all(Array.from({ length: 6 }, () => runNightlyRetention(cms.strapi, night)));
    expect(runs.filter((run) => run !== null)).toHaveLength(1);
    expect(await runNightlyRetention(cms.strapi, new Date('2031-03-04T03:15:01Z'))).toBeNull();
    const nextNight = await Promise.all(Array.from({ length: 6 }, () => runNightlyRetention(cms.strapi, new Date('2031-03-05T03:15:00Z'))));
    expect(nextNight.filter((run) => run !== null)).toHaveLength(1);
  });
});
