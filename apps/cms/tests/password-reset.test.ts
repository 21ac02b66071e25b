// With accounts turned on (USERS_REGISTRATION_ENABLED=true), a password-reset request must not
// tell whether an address has an account: the same answer for both, and a mail only to the real
// one (received by a real SMTP server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms, expectExactly } from '@maine-sten/test-harness/cms';
import { startSmtpServer } from '@maine-sten/test-harness/smtp-server';

const smtp = await startSmtpServer();
process.env.USERS_REGISTRATION_ENABLED = 'true';
process.env.SMTP_HOST = '127.0.0.1';
process.env.SMTP_PORT = String(smtp.port);
process.env.EMAIL_FROM = 'Maine STEN <no-reply@example.test>';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(async () => {
  cms = suiteCms();
  await cms.strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: 'member',
      email: 'member@example.org',
      password: 'Secret-password-1',
      confirmed: true,
      provider: 'local',
      role: (await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } }))?.id,
    },
  });
});
afterAll(() => smtp.stop());

const askForReset = async (email: string) => {
  const response = await fetch(`${cms.url}/api/auth/forgot-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  return { status: response.status, text: await response.text() };
};

describe('password reset', () => {
  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const known = await askForReset('member@example.org');
    const unknown = await askForReset('nobody@example.org');
    expect(known.status).toBe(200);
    expect(unknown).toEqual(known);
    await expectExactly(() => smtp.mails.length, 1);
    expect(smtp.mails[0]!.to).toEqual(['member@example.org']);
    expect(smtp.mails[0]!.from).toBe('no-reply@example.test');
    expect(smtp.mails.flatMap((mail) => mail.to)).not.toContain('nobody@example.org');
  });
});
