// The content module against the real CMS (booted by the global setup), and with the CMS gone.
import { beforeAll, describe, expect, inject, it, vi } from 'vitest';

// SvelteKit snapshots the environment when Vite starts; read the live one so each test can point
// the module at a different CMS address.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

type ContentModule = typeof import('./content');

async function contentModule(cmsUrl: string): Promise<ContentModule> {
  vi.resetModules();
  process.env.CMS_URL = cmsUrl;
  process.env.CONTENT_TTL_SECONDS = '0';
  return import('./content');
}

describe('with the CMS up', () => {
  let content: ContentModule;
  beforeAll(async () => {
    content = await contentModule(inject('cmsUrl'));
  });

  it('gives the layout the CMS hotline and the navigation without the home page', async () => {
    const layout = await content.getLayoutContent();
    expect(layout.cmsAvailable).toBe(true);
    expect(layout.settings.hotline.phone).toBe('1-888-373-7888');
    expect(layout.navigation.map((page) => page.slug)).toEqual([
      'get-help',
      'about',
      'philosophy',
      'provider-council',
      'faq',
      'resources',
    ]);
  });

  it('resolves a page with exactly the collections its embeds need', async () => {
    const council = await content.getPageView('provider-council');
    expect(council?.agencies).toHaveLength(19);
    expect(council?.faqs).toEqual([]);
    expect(council?.principles).toEqual([]);

    const philosophy = await content.getPageView('philosophy');
    expect(philosophy?.principles).toHaveLength(10);

    const faq = await content.getPageView('faq');
    expect(faq?.faqs).toHaveLength(9);
  });

  it('answers null for a page that does not exist', async () => {
    expect(await content.getPageView('no-such-page')).toBeNull();
  });
});

describe('with the CMS unreachable', () => {
  it('keeps the built-in hotline in the layout', async () => {
    const content = await contentModule('http://127.0.0.1:9');
    const layout = await content.getLayoutContent();
    expect(layout.cmsAvailable).toBe(false);
    expect(layout.settings.hotline).toMatchObject({ phone: '1-888-373-7888', sms: '233733', tty: '711' });
    expect(layout.navigation).toEqual([]);
  });

  it('reports a page load as CMS-unavailable, not as a missing page', async () => {
    const content = await contentModule('http://127.0.0.1:9');
    const failure = await content.getPageView('about').catch((error: unknown) => error);
    expect(content.isCmsUnavailable(failure)).toBe(true);
  });
});
