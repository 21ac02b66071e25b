// The seeded content as an anonymous client sees it, over GraphQL and REST.
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_CONTENT_QUERY, collectStrings } from './all-content.graphql';
import { suiteDatabase, useSuiteCms, type BootedCms } from '@maine-sten/test-harness/cms';
import { HOTLINE, seedTextUnits, WRONG_HOTLINE } from './fixtures/seed-source/seed-text.mjs';
import { resources as resourceSeeds } from '../src/seed/resources';

interface AllContent {
  faqs: { question: string; slug: string; answer: { type: string; children: { text?: string }[] }[]; order: number }[];
  guidingPrinciples: { statement: string; group: string; order: number }[];
  councilAgencies: { name: string; slug: string; website: string | null }[];
  resources: { title: string; url: string | null; category: string }[];
  siteSetting: { siteName: string; quickExitUrl: string; hotlineLabel: string; hotlineNotice: string; hotline: typeof HOTLINE };
  pages: { slug: string; title: string; body: { __typename: string }[] }[];
}

// One query for all the content at once: far over what the cost lets a client ask in one go.
process.env.GRAPHQL_MAX_COST = '100000';

const suiteCms = useSuiteCms();
let cms: BootedCms;
let content: AllContent;

beforeAll(async () => {
  cms = suiteCms();
  const result = await cms.graphql<AllContent>(ALL_CONTENT_QUERY);
  expect(result.errors).toBeUndefined();
  content = result.data!;
});

describe('seeded content', () => {
  it('answers the foundation query with the counts and the hotline', async () => {
    const result = await cms.graphql(`{
      faqs_connection { pageInfo { total } }
      guidingPrinciples_connection { pageInfo { total } }
      councilAgencies_connection { pageInfo { total } }
      siteSetting { hotline { phone sms tty } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      faqs_connection: { pageInfo: { total: 9 } },
      guidingPrinciples_connection: { pageInfo: { total: 10 } },
      councilAgencies_connection: { pageInfo: { total: 19 } },
      siteSetting: { hotline: HOTLINE },
    });
  });

  it('holds the FAQ in order with their exact text', () => {
    expect(content.faqs.map((faq) => faq.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(content.faqs[0]).toMatchObject({ question: 'What is human trafficking?', slug: 'what-is-human-trafficking' });
    expect(content.faqs[3]?.question).toBe('What’s being done to prevent trafficking and educate the community?');
    const help = content.faqs.find((faq) => faq.question === 'How can I help?');
    expect(help?.answer).toHaveLength(1);
    expect(help?.answer[0]?.type).toBe('list');
    expect(help?.answer[0]?.children).toHaveLength(12);
  });

  it('takes the hotline number in the FAQ answer from site settings', () => {
    const suspect = content.faqs.find((faq) => faq.question === 'If I suspect human trafficking, what should I do?');
    const firstParagraph = suspect?.answer[0]?.children[0]?.text;
    expect(firstParagraph).toBe(
      'Call the National Human Trafficking Hotline, {{hotline.phone}}. They are prepared to offer resources and referrals, and can also gather tip data to identify trends and rates of human trafficking.',
    );
  });

  it('groups the guiding principles 4 + 2 + 4', () => {
    const byGroup = (group: string) => content.guidingPrinciples.filter((p) => p.group === group);
    expect(byGroup('foundational')).toHaveLength(4);
    expect(byGroup('victimServices')).toHaveLength(2);
    expect(byGroup('trainingAndAwareness')).toHaveLength(4);
    expect(byGroup('foundational')[0]?.statement).toBe('Human trafficking violates a person’s human rights.');
  });

  it('lists the 19 council agencies in the seed order, without invented websites', () => {
    const names = content.councilAgencies.map((agency) => agency.name);
    expect(names[0]).toBe('Aroostook Mental Health Center (AMHC) Sexual Assault Services');
    expect(names[18]).toBe("US Attorney's Office Victim Witness Coordinators");
    expect(new Set(names).size).toBe(19);
    expect(content.councilAgencies.every((agency) => agency.website === null)).toBe(true);
  });

  it('seeds one resource per resource the text names, with no invented URL', () => {
    expect(content.resources).toHaveLength(resourceSeeds.length);
    expect(content.resources.map((resource) => resource.title)).toContain('Survivor Support Fund');
    expect(content.resources.every((resource) => resource.url === null)).toBe(true);
  });

  it('builds the seeded pages from sections', () => {
    expect(content.pages.map((page) => page.slug).sort()).toEqual(
      ['about', 'contact', 'faq', 'get-help', 'home', 'newsletter', 'partners', 'philosophy', 'provider-council', 'request-training', 'resources'].sort(),
    );
    const council = content.pages.find((page) => page.slug === 'provider-council');
    expect(council?.body.map((section) => section.__typename)).toEqual([
      'ComponentSectionsBulletedList',
      'ComponentSectionsBulletedList',
      'ComponentSectionsCouncilAgencies',
    ]);
  });

  it('keeps the hotline in one site setting, with a neutral quick exit', () => {
    expect(content.siteSetting.hotline).toMatchObject(HOTLINE);
    expect(content.siteSetting.hotlineLabel).toBe('National Human Trafficking Hotline');
    expect(content.siteSetting.hotlineNotice).toContain('{{hotline.phone}}');
    expect(content.siteSetting.quickExitUrl).toMatch(/^https:\/\//);
  });

  it('holds every heading, paragraph and list item of the seed text exactly once', () => {
    const strings = collectStrings(content, content.siteSetting.hotline);
    const units = seedTextUnits();
    expect(units.length).toBeGreaterThan(80);
    const counts = units.map((unit) => [unit, strings.filter((text) => text === unit).length] as const);
    expect(counts.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it('stores the wrong hotline number nowhere, in any table', async () => {
    const knex = cms.strapi.db.connection;
    const tables: { name: string }[] =
      suiteDatabase === 'sqlite'
        ? await knex('sqlite_master').select('name').where({ type: 'table' })
        : await knex('information_schema.tables').select('table_name as name').where({ table_schema: process.env.DATABASE_SCHEMA });
    expect(tables.length).toBeGreaterThan(20);
    for (const { name } of tables) {
      const table = suiteDatabase === 'sqlite' ? knex(name) : knex(name).withSchema(process.env.DATABASE_SCHEMA!);
      const rows: unknown[] = await table.select('*');
      expect(JSON.stringify(rows), `table ${name}`).not.toContain(WRONG_HOTLINE.slice(2));
    }
  });
});

describe('drafts', () => {
  let draftId: string;

  beforeAll(async () => {
    const draft = await cms.strapi.documents('api::faq.faq').create({
      data: { question: 'Draft question?', slug: 'draft-question', answer: [], order: 99 },
    });
    draftId = draft.documentId;
  });

  it('are not readable through GraphQL without a token', async () => {
    const result = await cms.graphql<{ faqs: { documentId: string }[] }>(
      `{ faqs(status: DRAFT, pagination: { limit: 100 }) { documentId question } }`,
    );
    // An answer, not an error: the published FAQ without the draft.
    expect(result.status).toBe(200);
    const ids = result.data!.faqs.map((faq) => faq.documentId);
    expect(ids).toHaveLength(9);
    expect(ids).not.toContain(draftId);
  });

  it('are not readable through REST without a token', async () => {
    const list = await fetch(`${cms.url}/api/faqs?status=draft&pagination[pageSize]=100`);
    expect(list.status).toBe(200);
    const body = (await list.json()) as { data: { question: string }[] };
    expect(body.data).toHaveLength(9);
    expect(JSON.stringify(body)).not.toContain('Draft question?');
    const one = await fetch(`${cms.url}/api/faqs/${draftId}?status=draft`);
    expect(one.status).toBe(404);
    expect(JSON.stringify(await one.json())).not.toContain('Draft question?');
  });
});
