// What protects the public from a bad edit is enforced by the CMS itself, so neither the admin nor
// the API (with any token) can save it.
import { beforeAll, describe, expect, it } from 'vitest';
import { siteSetting } from '../src/seed/site-setting';
import { useSuiteCms, type BootedCms } from './harness';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(() => {
  cms = suiteCms();
});

const settings = () => cms.strapi.documents('api::site-setting.site-setting');
const hotline = async () => (await settings().findFirst({ populate: ['hotline'] }))?.hotline;

describe('hotline numbers', () => {
  it.each([
    ['phone', '1-800-BAD-NUMBER'],
    ['phone', '18883737888'],
    ['sms', 'text-me'],
    ['tty', '7 1 1'],
  ])('refuses a malformed %s (%s) with a message and keeps the old one', async (field, value) => {
    const current = await settings().findFirst();
    const update = settings().update({
      documentId: current!.documentId,
      data: { hotline: { ...siteSetting.hotline, [field]: value } },
      status: 'published',
    });
    await expect(update).rejects.toThrow(new RegExp(`The hotline ${field} "${value}" is not valid: write it`));
    expect(await hotline()).toMatchObject({ phone: '1-888-373-7888', sms: '233733', tty: '711' });
    // Drafts too: Strapi itself only checks patterns on publish.
    const draft = settings().update({
      documentId: current!.documentId,
      data: { hotline: { ...siteSetting.hotline, [field]: value } },
    });
    await expect(draft).rejects.toThrow(/is not valid/);
  });

  it('accepts a well-formed change', async () => {
    const current = await settings().findFirst();
    await settings().update({
      documentId: current!.documentId,
      data: { hotline: { ...siteSetting.hotline, tty: '7110' } },
      status: 'published',
    });
    expect((await hotline())?.tty).toBe('7110');
  });
});

describe('links', () => {
  it('refuses a quick-exit URL that is not https', async () => {
    const current = await settings().findFirst();
    await expect(
      settings().update({ documentId: current!.documentId, data: { quickExitUrl: 'javascript:alert(1)' }, status: 'published' }),
    ).rejects.toThrow();
    expect((await settings().findFirst())?.quickExitUrl).toBe('https://www.weather.gov/');
  });

  it('refuses an agency website that is not a web address', async () => {
    const agencies = cms.strapi.documents('api::council-agency.council-agency');
    const agency = await agencies.findFirst();
    await expect(
      agencies.update({ documentId: agency!.documentId, data: { website: 'not a url' }, status: 'published' }),
    ).rejects.toThrow();
  });
});

describe('unique slugs', () => {
  it('refuses a second page with the same slug', async () => {
    await expect(
      cms.strapi.documents('api::page.page').create({
        data: { title: 'About again', slug: 'about', showInNavigation: false, order: 0 },
        status: 'published',
      }),
    ).rejects.toThrow(/unique/i);
  });
});
