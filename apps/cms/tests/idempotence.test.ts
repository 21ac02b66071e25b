// The first-start import runs on every boot but must never create or overwrite twice.
import { afterAll, describe, expect, it } from 'vitest';
import { bootCms, tempDatabase } from '@maine-sten/test-harness/cms';

const db = await tempDatabase();
afterAll(() => db.cleanup());

const COUNTS_QUERY = `{
  faqs_connection { pageInfo { total } }
  guidingPrinciples_connection { pageInfo { total } }
  councilAgencies_connection { pageInfo { total } }
  resources_connection { pageInfo { total } }
  pages_connection { pageInfo { total } }
  siteSetting { siteName }
}`;

describe('booting twice against the same database', () => {
  it('keeps the counts and the editors’ changes', async () => {
    const first = await bootCms(db.target);
    const countsBefore = await first.graphql(COUNTS_QUERY);
    expect(countsBefore.errors).toBeUndefined();

    // An editor rewrites one answer, renames the site and removes an agency.
    const faqs = first.strapi.documents('api::faq.faq');
    const faq = await faqs.findFirst({ filters: { slug: 'do-we-need-more-laws' } });
    expect(faq).not.toBeNull();
    const editedAnswer = [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: 'Edited by an editor.' }] }];
    await faqs.update({ documentId: faq!.documentId, data: { answer: editedAnswer }, status: 'published' });
    const settings = await first.strapi.documents('api::site-setting.site-setting').findFirst();
    await first.strapi
      .documents('api::site-setting.site-setting')
      .update({ documentId: settings!.documentId, data: { siteName: 'Renamed' }, status: 'published' });
    const agencies = first.strapi.documents('api::council-agency.council-agency');
    const agency = await agencies.findFirst({ filters: { slug: 'safe-voices' } });
    await agencies.delete({ documentId: agency!.documentId });
    await first.stop();

    const second = await bootCms(db.target);
    try {
      const countsAfter = await second.graphql<{
        councilAgencies_connection: { pageInfo: { total: number } };
        siteSetting: { siteName: string };
      }>(COUNTS_QUERY);
      expect(countsAfter.data).toEqual({
        ...(countsBefore.data as object),
        councilAgencies_connection: { pageInfo: { total: 18 } },
        siteSetting: { siteName: 'Renamed' },
      });
      const answer = await second.graphql<{ faqs: { answer: unknown }[] }>(
        `{ faqs(filters: { slug: { eq: "do-we-need-more-laws" } }) { answer } }`,
      );
      expect(answer.data?.faqs).toEqual([{ answer: editedAnswer }]);
    } finally {
      await second.stop();
    }
  }, 180_000); // a first start (seed, translations) on a busy machine; the budget is not what is tested
});
