// What editors see in the admin's list views: useful columns, sorted by the order field, and
// relations shown by their human name.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const suiteCms = useSuiteCms();
let cms: BootedCms;

beforeAll(() => {
  cms = suiteCms();
});

interface Configuration {
  settings: { mainField: string; defaultSortBy: string; defaultSortOrder: string };
  layouts: { list: string[] };
  metadatas: Record<string, { edit: { label: string; description: string }; list: { label: string } }>;
}

const configurationOf = async (uid: string): Promise<Configuration> =>
  (await cms.strapi.plugin('content-manager').service('content-types').findConfiguration({ uid })) as Configuration;

describe('admin list views', () => {
  it.each([
    ['api::faq.faq', 'question', ['question', 'slug', 'order', 'translationStatus']],
    ['api::guiding-principle.guiding-principle', 'statement', ['statement', 'group', 'order', 'translationStatus']],
    ['api::council-agency.council-agency', 'name', ['name', 'website', 'order', 'translationStatus']],
    ['api::resource.resource', 'title', ['title', 'category', 'url', 'order', 'translationStatus']],
    ['api::page.page', 'title', ['title', 'slug', 'showInNavigation', 'order', 'translationStatus']],
  ])('%s lists %s with its columns (and each language version’s translation status), sorted by order', async (uid, mainField, columns) => {
    const configuration = await configurationOf(uid);
    expect(configuration.settings).toMatchObject({ mainField, defaultSortBy: 'order', defaultSortOrder: 'ASC' });
    expect(configuration.layouts.list).toEqual(columns);
  });

  it('labels every field in words, not by its code name', async () => {
    const { metadatas } = await configurationOf('api::site-setting.site-setting');
    expect(metadatas.quickExitUrl?.edit.label).toBe('Quick exit URL');
    expect(metadatas.quickExitUrl?.list.label).toBe('Quick exit URL');
    const faq = await configurationOf('api::faq.faq');
    expect(faq.metadatas.question?.edit.label).toBe('Question');
    const hotline = (await cms.strapi.plugin('content-manager').service('components').findConfiguration({
      uid: 'shared.hotline',
    })) as Configuration;
    expect(hotline.metadatas.sms?.edit.label).toBe('SMS');
  });

  it('explains every field of every content type to editors', async () => {
    for (const uid of Object.keys(cms.strapi.contentTypes).filter((key) => key.startsWith('api::'))) {
      const { metadatas } = await configurationOf(uid);
      const attributes = Object.keys(cms.strapi.contentTypes[uid as 'api::faq.faq'].attributes).filter(
        (name) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name),
      );
      for (const attribute of attributes) {
        expect(metadatas[attribute]?.edit.description, `${uid}.${attribute}`).toBeTruthy();
        expect(metadatas[attribute]?.edit.label, `${uid}.${attribute}`).not.toBe(attribute);
      }
    }
  });
});

describe('the admin’s icon', () => {
  it('is the organisation’s, at /favicon.ico and /favicon.png, without an error in the log', async () => {
    const errors: unknown[] = [];
    const original = cms.strapi.log.error.bind(cms.strapi.log);
    cms.strapi.log.error = ((...args: unknown[]) => {
      errors.push(args);
      return original(...(args as Parameters<typeof original>));
    }) as typeof cms.strapi.log.error;
    try {
      for (const path of ['/favicon.ico', '/favicon.png']) {
        const response = await fetch(`${cms.url}${path}`);
        expect(response.status, path).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), path).toBe('PNG');
      }
    } finally {
      cms.strapi.log.error = original;
    }
    expect(errors).toEqual([]);
  });
});
