// The content API's token classifier (issue #37): a flood of made-up tokens never pushes the
// partners' and the website's own out of what it remembers, so they are not looked up again for it.
import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { createApiTokenClassifier } from '../src/utils/content-api';

const PARTNER = 'partner-token';

function standIn() {
  const lookups: string[] = [];
  const strapi = {
    service: () => ({ hash: (token: string) => `hash:${token}` }),
    db: {
      query: () => ({
        findOne: async ({ where }: { where: { accessKey: string } }) => {
          lookups.push(where.accessKey);
          return where.accessKey === `hash:${PARTNER}` ? { name: 'Partner', type: 'read-only', expiresAt: null } : null;
        },
      }),
    },
  } as unknown as Core.Strapi;
  return { strapi, lookups };
}

describe('the token classifier', () => {
  it('keeps a partner’s token through a flood of made-up ones, and remembers a bounded number of them', async () => {
    const { strapi, lookups } = standIn();
    const tokens = createApiTokenClassifier(strapi);
    expect((await tokens.classify(PARTNER)).caller).toBe('partner');
    for (let i = 0; i < 3000; i += 1) await tokens.classify(`made-up-${i}`);
    lookups.length = 0;
    expect(tokens.known(PARTNER)?.caller).toBe('partner');
    expect((await tokens.classify(PARTNER)).caller).toBe('partner');
    expect(lookups).toEqual([]);
    // The oldest made-up ones are forgotten (looked up again), the latest remembered.
    await tokens.classify('made-up-0');
    await tokens.classify('made-up-2999');
    expect(lookups).toEqual(['hash:made-up-0']);
  });
});
