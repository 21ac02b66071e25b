// The content door against the real CMS (booted by the global setup), and with the CMS gone.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';

// SvelteKit snapshots the environment when Vite starts; read the live one so each test can point
// the module at a different CMS address.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

type ContentModule = typeof import('./index');

async function contentModule(cmsUrl: string, env: Record<string, string> = {}): Promise<ContentModule> {
  vi.resetModules();
  Object.assign(process.env, { CMS_URL: cmsUrl, CONTENT_TTL_SECONDS: '0', ...env });
  return import('./index');
}

/** A proxy in front of the CMS that counts the requests going through. */
async function countingProxy(target: string) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests += 1;
    const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
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
    expect(await content.getPageView('no-such-page', { locale: 'es' })).toBeNull();
  });

  it('reads a language: pages and the entries they list in it, marked by language', async () => {
    const help = (await content.getPageView('get-help', { locale: 'es' }))!;
    expect(help).toMatchObject({ locale: 'es', titleLang: 'es', bodyLang: 'es' });
    expect(help.page.title).toBe('Ayuda inmediata');
    expect(content.untranslatedPart(help)).toBeNull();

    const faq = (await content.getPageView('faq', { locale: 'fr' }))!;
    expect(faq).toMatchObject({ titleLang: 'fr', bodyLang: 'fr' });
    expect(faq.page.title).toBe('Questions fréquentes');
    expect(faq.faqs).toHaveLength(9);
    expect(new Set(faq.faqs.map((entry) => entry.lang))).toEqual(new Set(['fr']));
    expect(content.untranslatedPart(faq)).toBeNull();
    // What a language lacks is shown in English, marked so: in-language.test.ts.

    const layout = await content.getLayoutContent({ locale: 'es' });
    expect(layout.settings.hotline).toMatchObject({ label: 'Línea Nacional contra la Trata de Personas', phone: '1-888-373-7888' });
    expect(layout.navigation.find((page) => page.slug === 'faq')).toMatchObject({ title: 'Preguntas frecuentes', lang: 'es' });
  });

  it('drops only the language a change was made in, and every language for a change in English', async () => {
    await Promise.all(['en', 'es', 'fr'].map((locale) => content.getPageView('faq', { locale: locale as 'en' })));
    const cachedFaqs = () => ['en', 'es', 'fr'].filter((locale) => `faqs:${locale}` in content.cache.dump());
    expect(cachedFaqs()).toEqual(['en', 'es', 'fr']);
    content.invalidateForChange('faq', 'es');
    expect(cachedFaqs()).toEqual(['en', 'fr']);
    content.invalidateForChange('faq', 'en');
    expect(cachedFaqs()).toEqual([]);
  });
});

describe('made-up page addresses at volume', () => {
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  afterAll(() => proxy?.close());

  it('are answered from the published page list: a few CMS requests, a bounded cache', async () => {
    proxy = await countingProxy(inject('cmsUrl'));
    const content = await contentModule(proxy.url, { CONTENT_TTL_SECONDS: '60', CONTENT_CACHE_MAX_ENTRIES: '50' });
    expect(await content.getPageView('about')).not.toBeNull();
    await content.warmUp(); // every published page is known, as after a boot
    const before = proxy.requests();
    const started = Date.now();
    for (let i = 0; i < 5000; i += 1) expect(await content.getPageView(`made-up-page-${i}`)).toBeNull();
    const seconds = Math.ceil((Date.now() - started) / 1000);
    // At most five reloads of the page list a second, never one request per address.
    expect(proxy.requests() - before).toBeLessThanOrEqual(5 * seconds);
    expect(content.cache.size).toBeLessThanOrEqual(50);
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

  it('names the built-in hotline in the visitor’s language', async () => {
    const content = await contentModule('http://127.0.0.1:9');
    const layout = await content.getLayoutContent({ locale: 'fr' });
    expect(layout.settings.hotline).toMatchObject({ label: 'Ligne nationale contre la traite des êtres humains', phone: '1-888-373-7888' });
  });

  it('reports a page load as CMS-unavailable, not as a missing page', async () => {
    const content = await contentModule('http://127.0.0.1:9');
    const failure = await content.getPageView('about').catch((error: unknown) => error);
    expect(content.isCmsUnavailable(failure)).toBe(true);
  });

  it('tells the outage once, however many loads fail, and ends its pause when anything sees the CMS answer', async () => {
    const content = await contentModule('http://127.0.0.1:9');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (let i = 0; i < 5; i += 1) {
        await content.getLayoutContent({ locale: (['en', 'es', 'fr'] as const)[i % 3] });
        await content.getPageView(`page-${i}`).catch(() => null);
      }
      expect(warn.mock.calls.filter(([line]) => String(line).includes('[content]'))).toHaveLength(1);
      expect(content.cache.circuit.open).toBe(true);
      // The change poll (or a notice) saw the CMS answer: the next load asks it, without waiting out the pause.
      content.reachability.answered();
      expect(content.cache.circuit.open).toBe(false);
    } finally {
      warn.mockRestore();
    }
  });
});
