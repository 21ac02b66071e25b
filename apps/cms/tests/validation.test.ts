// What protects the public from a bad edit is enforced by the CMS itself, so neither the admin nor
// the API (with any token) can save it.
import { beforeAll, describe, expect, it } from 'vitest';
import { RICH_TEXT_MAX_CHARACTERS } from '../src/document-middlewares/limit-rich-text';
import { decide, pendingChange } from '../src/hotline/two-person';
import { siteSetting } from '../src/seed/site-setting';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(() => {
  cms = suiteCms();
});

/** Strapi's own validation error, about that field (not any exception). */
const validationErrorAt = (field: string) => ({
  name: 'ValidationError',
  details: { errors: expect.arrayContaining([expect.objectContaining({ path: [field] })]) },
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

  it('takes a well-formed change, as a proposal waiting for a second person (hotline/two-person.ts)', async () => {
    const current = await settings().findFirst();
    await settings().update({
      documentId: current!.documentId,
      data: { hotline: { ...siteSetting.hotline, tty: '7110' } },
      status: 'published',
    });
    expect((await hotline())?.tty).toBe('711');
    const change = await pendingChange(cms.strapi);
    expect(change?.proposed.tty).toBe('7110');
    await decide(cms.strapi, change!.documentId, 'reject', { id: 1, label: 'Another editor', roles: ['strapi-editor'] });
  });
});

describe('links', () => {
  it('refuses a quick-exit URL that is not https', async () => {
    const current = await settings().findFirst();
    await expect(
      settings().update({ documentId: current!.documentId, data: { quickExitUrl: 'javascript:alert(1)' }, status: 'published' }),
    ).rejects.toMatchObject(validationErrorAt('quickExitUrl'));
    expect((await settings().findFirst())?.quickExitUrl).toBe('https://www.weather.gov/');
  });

  it('refuses an agency website that is not a web address', async () => {
    const agencies = cms.strapi.documents('api::council-agency.council-agency');
    const agency = await agencies.findFirst();
    await expect(
      agencies.update({ documentId: agency!.documentId, data: { website: 'not a url' }, status: 'published' }),
    ).rejects.toMatchObject(validationErrorAt('website'));
    expect((await agencies.findOne({ documentId: agency!.documentId }))?.website).toBe(agency!.website);
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

describe('images in rich text', () => {
  const imageNode = (alternativeText: string | null) => ({
    type: 'image' as const,
    // The shape the rich-text editor stores when an image from the media library is inserted.
    image: {
      name: 'outreach-poster.png',
      alternativeText,
      url: '/uploads/outreach_poster_1a2b3c.png',
      width: 800,
      height: 600,
      hash: 'outreach_poster_1a2b3c',
      ext: '.png',
      mime: 'image/png',
      size: 42.5,
      provider: 'local',
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-24T09:00:00.000Z',
    },
    children: [{ type: 'text', text: '' }] as [{ type: 'text'; text: '' }],
  });
  const pageWith = (alternativeText: string | null, slug: string) => ({
    data: {
      title: `Image test ${slug}`,
      slug,
      showInNavigation: false,
      order: 0,
      body: [{ __component: 'sections.rich-text' as const, body: [imageNode(alternativeText)] }],
    },
  });
  const pages = () => cms.strapi.documents('api::page.page');

  it.each([null, '', '   '])('refuses an image without alternative text (%j), in drafts too', async (alt) => {
    await expect(pages().create({ ...pageWith(alt, 'image-no-alt'), status: 'published' })).rejects.toThrow(
      /Every image needs alternative text.*Missing for: outreach-poster\.png/,
    );
    await expect(pages().create(pageWith(alt, 'image-no-alt'))).rejects.toThrow(/alternative text/);
    expect(await pages().findFirst({ filters: { slug: 'image-no-alt' } })).toBeNull();
  });

  it('accepts an image that describes itself', async () => {
    const created = await pages().create({ ...pageWith('Poster: signs of trafficking', 'image-with-alt'), status: 'published' });
    expect(created.slug).toBe('image-with-alt');
    await pages().delete({ documentId: created.documentId });
  });
});

describe('text length', () => {
  const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });
  const faqs = () => cms.strapi.documents('api::faq.faq');

  it('refuses an FAQ answer longer than the rich-text limit, in drafts too, and keeps the old one', async () => {
    const faq = await faqs().findFirst({ filters: { slug: 'do-we-need-more-laws' } });
    const huge = [paragraph('x'.repeat(RICH_TEXT_MAX_CHARACTERS - 10)), paragraph('y'.repeat(20))];
    for (const status of ['published', undefined] as const) {
      await expect(faqs().update({ documentId: faq!.documentId, data: { answer: huge }, status })).rejects.toThrow(
        /Rich text is limited to 20,000 characters per field; too long: answer \(20,010\)/,
      );
    }
    expect((await faqs().findOne({ documentId: faq!.documentId }))?.answer).toEqual(faq!.answer);
  });

  it('refuses an over-long rich-text section inside a page body, naming it', async () => {
    await expect(
      cms.strapi.documents('api::page.page').create({
        data: {
          title: 'Too long',
          slug: 'too-long',
          showInNavigation: false,
          order: 0,
          body: [
            { __component: 'sections.rich-text', body: [paragraph('Short.')] },
            { __component: 'sections.rich-text', body: [paragraph('z'.repeat(RICH_TEXT_MAX_CHARACTERS + 1))] },
          ],
        },
      }),
    ).rejects.toThrow(/too long: body 2 › body \(20,001\)/);
  });

  it('refuses an over-long question in a draft as well as on publish', async () => {
    const faq = await faqs().findFirst();
    await expect(faqs().update({ documentId: faq!.documentId, data: { question: 'Why? '.repeat(50) } })).rejects.toMatchObject(
      validationErrorAt('question'),
    );
    expect((await faqs().findOne({ documentId: faq!.documentId }))?.question).toBe(faq!.question);
  });
});
