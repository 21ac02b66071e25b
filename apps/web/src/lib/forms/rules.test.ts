// The rules the site's forms check and the CMS checks again are written on both sides (the site
// must answer in the visitor's language before posting; the CMS must refuse any other client):
// the same posts, through both, get the same verdict.
import { describe, expect, inject, it } from 'vitest';
import { validate } from './validate';

const CONTACT = { name: 'Ana', email: 'ana@example.org', phone: '', replyBy: 'email', message: 'Hello' };

const cmsAccepts = async (data: Record<string, unknown>) => {
  const response = await fetch(`${inject('cmsUrl')}/api/contact-messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('cmsFormsToken')}` },
    body: JSON.stringify({ data }),
  });
  expect([201, 400]).toContain(response.status);
  return response.status === 201;
};

describe('a contact message asking for a phone reply', () => {
  it.each([
    ['by phone with no number', { replyBy: 'phone', phone: '' }, false],
    ['by phone with a number', { replyBy: 'phone', phone: '207 555 0100' }, true],
    ['by email with no number', { replyBy: 'email', phone: '' }, true],
  ])('%s: the site and the CMS agree', async (_, change, accepted) => {
    const site = validate('contact', { ...CONTACT, ...change });
    expect(site.ok).toBe(accepted);
    const data = site.ok ? site.data : { ...CONTACT, ...change, phone: change.phone || undefined };
    expect(await cmsAccepts(data)).toBe(accepted);
  });
});
