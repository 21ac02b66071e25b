// Drafts are for the website's preview alone: a partner's read-only token, like an anonymous
// client, gets the published version over REST and GraphQL; the site's own token gets the draft.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';

const SITE_TOKEN = 'site-token-for-draft-tests-0123456789';
process.env.CMS_READ_TOKEN = SITE_TOKEN;

const suiteCms = useSuiteCms();
let cms: BootedCms;
let partnerToken: string;

beforeAll(async () => {
  cms = suiteCms();
  partnerToken = await createApiToken(cms, 'Partner agency', 'read-only');
  const faq = await cms.strapi.documents('api::faq.faq').create({
    data: { question: 'Published question?', slug: 'published-question', answer: [], order: 70 },
    status: 'published',
  });
  // An unpublished edit of a published entry, as an editor saves it before publishing.
  await cms.strapi.documents('api::faq.faq').update({ documentId: faq.documentId, data: { question: 'Draft question being edited?' } });
});

const restDrafts = async (token?: string) => {
  const response = await fetch(`${cms.url}/api/faqs?status=draft&pagination[pageSize]=100`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(response.status).toBe(200);
  return response.text();
};

const graphqlDrafts = async (token?: string) => {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ faqs(status: DRAFT, pagination: { limit: 100 }) { question } }' }),
  });
  expect(response.status).toBe(200);
  return response.text();
};

describe('reading drafts', () => {
  it('a partner’s read-only token gets the published version', async () => {
    for (const text of [await restDrafts(partnerToken), await graphqlDrafts(partnerToken)]) {
      expect(text).toContain('Published question?');
      expect(text).not.toContain('Draft question being edited?');
    }
  });

  it('an anonymous client gets the published version', async () => {
    for (const text of [await restDrafts(), await graphqlDrafts()]) {
      expect(text).toContain('Published question?');
      expect(text).not.toContain('Draft question being edited?');
    }
  });

  it('the website’s own token gets the draft, for the editors’ preview', async () => {
    for (const text of [await restDrafts(SITE_TOKEN), await graphqlDrafts(SITE_TOKEN)]) {
      expect(text).toContain('Draft question being edited?');
    }
  });
});

describe('the website’s token', () => {
  const withSiteToken = (path: string, init: RequestInit = {}) =>
    fetch(`${cms.url}${path}`, { ...init, headers: { authorization: `Bearer ${SITE_TOKEN}`, 'content-type': 'application/json' } });

  it('reads the content the site renders', async () => {
    for (const path of ['/api/faqs', '/api/pages', '/api/site-setting', '/api/council-agencies', '/api/guiding-principles', '/api/resources?populate=file']) {
      expect((await withSiteToken(path)).status, path).toBe(200);
    }
  });

  it('reads nothing else: no accounts, roles or media library, and writes nothing', async () => {
    for (const path of ['/api/users', '/api/users-permissions/roles', '/api/upload/files', '/api/i18n/locales']) {
      expect((await withSiteToken(path)).status, path).toBe(403);
    }
    const write = await withSiteToken('/api/faqs', { method: 'POST', body: JSON.stringify({ data: { question: 'Injected?' } }) });
    expect(write.status).toBe(403);
  });
});
