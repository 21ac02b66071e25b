// The confirmed subscribers' CSV export: no cell runs as a formula in a spreadsheet, whichever
// separator it takes (the comma, or the semicolon of Spanish and French spreadsheets, or tab); and
// every subscriber has a working unsubscribe link in it, however added: on the site, by staff in
// the admin, duplicated there, or stored before the CMS made a token for everyone.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { csvCell } from '../src/submissions/export';
import { NEWSLETTER } from '../src/submissions/fields';
import { newDocumentId } from '../src/utils/document-id';

const ADMIN = { email: 'export-admin@example.org', password: 'Export-Admin-Passw0rd!' };
const FORMS_TOKEN = 'forms-token-for-export-tests-0123456789abcdef';
Object.assign(process.env, {
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  CMS_FORMS_TOKEN: FORMS_TOKEN,
  SITE_URL: 'https://site.example.test',
});

/** The separators a spreadsheet may split a line on, the others ignoring quotes. */
const SEPARATORS = [',', ';', '\t', '\n', '\r'];
/** Whether a spreadsheet splitting on `separator` (and seeing no quotes) would find a formula in the line. */
const formulaIn = (line: string, separator: string) =>
  line.split(separator).some((piece) => /^[" \t\r\n]*[=+\-@]/.test(piece));

describe('a CSV cell', () => {
  it.each([
    ['Ana', '"Ana"'],
    ['', '""'],
    ['Ana "Nan" Díaz', '"Ana ""Nan"" Díaz"'],
    ['Jean-Pierre', '"Jean-Pierre"'],
    ['a=b+c@d', '"a=b+c@d"'],
    ['2025-01-31T10:00:00.000Z', '"2025-01-31T10:00:00.000Z"'],
    ['https://site.example.test/es/newsletter/unsubscribe?token=-abc_DEF', '"https://site.example.test/es/newsletter/unsubscribe?token=-abc_DEF"'],
  ])('keeps %j as it is, quoted', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t'=1+1"`],
    ['\r=1+1', `"'\r'=1+1"`],
    [' =1+1', `"' =1+1"`],
  ])('defuses a formula at the start: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    [',', 'x,=1+1', `"x,'=1+1"`],
    [';', 'x;=1+1', `"x;'=1+1"`],
    ['tab', 'x\t=1+1', `"x\t'=1+1"`],
    ['line feed', 'x\n=1+1', `"x\n'=1+1"`],
    ['CR LF', 'x\r\n@SUM(A1)', `"x\r\n'@SUM(A1)"`],
    [';, then a space', 'x; -1', `"x;' -1"`],
    [';, then tab', 'x;\t+1', `"x;'\t'+1"`],
  ])('defuses a formula after %s', (_separator, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['x;=1+1', '\t=1+1', '\r\n=1+1', '=cmd|" /C calc"!A0', 'a,=b;+c\t-d\n@e\r=f', 'Ana";=HYPERLINK("https://evil.example")', ';;;=1', ' ;  @x'])(
    'leaves no formula in %j, whatever the separator',
    (value) => {
      const line = [csvCell('reader@example.org'), csvCell(value), csvCell('2025-01-31T10:00:00.000Z')].join(',');
      for (const separator of SEPARATORS) expect(formulaIn(line, separator), JSON.stringify(separator)).toBe(false);
    },
  );
});

/** The cells of a line of the export (every cell quoted; none holds a line break here). */
const cellsOf = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!.replaceAll('""', '"'));

describe('the export', () => {
  const suiteCms = useSuiteCms();
  let cms: BootedCms;
  let jwt: string;
  beforeAll(async () => {
    cms = suiteCms();
    jwt = await adminLogin(cms, ADMIN.email, ADMIN.password);
  });

  const exported = async () => {
    const response = await fetch(`${cms.url}/admin/newsletter-export/subscribers.csv`, { headers: { authorization: `Bearer ${jwt}` } });
    expect(response.status).toBe(200);
    return (await response.text()).split('\r\n').filter(Boolean).map(cellsOf);
  };
  const rowOf = async (email: string) => (await exported()).find((cells) => cells[0] === email);
  const tokenIn = (url: string | undefined) => new URL(url ?? 'https://x.invalid/').searchParams.get('token');
  const stored = (email: string) =>
    cms.strapi.db.query(NEWSLETTER).findOne({ where: { email } }) as Promise<{ documentId: string; unsubscribeToken: string | null } | null>;
  const unsubscribe = (token: string) =>
    fetch(`${cms.url}/api/newsletter-subscriptions/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });

  it('writes a header and quotes every cell', async () => {
    const response = await fetch(`${cms.url}/admin/newsletter-export/subscribers.csv`, { headers: { authorization: `Bearer ${jwt}` } });
    expect((await response.text()).split('\r\n')[0]).toBe('"email","name","confirmedAt","unsubscribeUrl"');
  });

  it('gives a subscriber staff add in the admin a working unsubscribe link, and defuses its name', async () => {
    const email = 'staff-added@example.org';
    // What the admin's Create button sends (the Content Manager's own API).
    const created = await fetch(`${cms.url}/content-manager/collection-types/${NEWSLETTER}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ email, name: 'x;=1+1', consent: true, language: 'es', confirmedAt: new Date().toISOString() }),
    });
    expect(created.ok, await created.clone().text()).toBe(true);

    const row = await rowOf(email);
    expect(row).toEqual([email, "x;'=1+1", expect.stringMatching(/^\d{4}-/), expect.stringMatching(/^https:\/\/site\.example\.test\/es\/newsletter\/unsubscribe\?token=[\w-]{43}$/)]);
    const token = tokenIn(row?.[3]);
    expect(token).toBe((await stored(email))?.unsubscribeToken);
    expect((await unsubscribe(token!)).status).toBe(200);
    expect(await stored(email)).toBeNull();
  });

  it('gives one stored without a token a working link at export, the same at every export', async () => {
    const email = 'from-before@example.org';
    await cms.strapi.db.query(NEWSLETTER).create({
      data: { documentId: newDocumentId(), email, consent: true, language: 'en', confirmedAt: new Date(), unsubscribeToken: null, publishedAt: new Date() },
    });
    const first = tokenIn((await rowOf(email))?.[3]);
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(tokenIn((await rowOf(email))?.[3])).toBe(first);
    expect((await stored(email))?.unsubscribeToken).toBe(first);
    expect((await unsubscribe(first!)).status).toBe(200);
    expect(await stored(email)).toBeNull();
  });

  it('gives a sign-up, a duplicate and nobody else the same token; an edit keeps it', async () => {
    const signedUp = await fetch(`${cms.url}/api/newsletter-subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${FORMS_TOKEN}` },
      body: JSON.stringify({ data: { email: 'signed-up@example.org', consent: true } }),
    });
    expect(signedUp.status).toBe(202);
    const original = await stored('signed-up@example.org');
    expect(original?.unsubscribeToken).toMatch(/^[\w-]{43}$/);

    const documents = cms.strapi.documents(NEWSLETTER);
    await documents.clone({ documentId: original!.documentId, data: { email: 'duplicate@example.org', consent: true, language: 'en' } });
    const duplicate = await stored('duplicate@example.org');
    expect(duplicate?.unsubscribeToken).toMatch(/^[\w-]{43}$/);
    expect(duplicate?.unsubscribeToken).not.toBe(original?.unsubscribeToken);

    // A token sent with a create is never kept: it could be another subscriber's.
    await documents.create({ data: { email: 'typed-token@example.org', consent: true, language: 'en', unsubscribeToken: original!.unsubscribeToken! } });
    expect((await stored('typed-token@example.org'))?.unsubscribeToken).not.toBe(original?.unsubscribeToken);

    await documents.update({ documentId: original!.documentId, data: { name: 'Renamed', unsubscribeToken: '' } });
    expect((await stored('signed-up@example.org'))?.unsubscribeToken).toBe(original?.unsubscribeToken);
  });
});
