// `pnpm bench` (vitest bench): the site search on the seeded content multiplied to 1,000 documents.
// Targets: a search ≤ 20 ms at p95 (vitest prints p75 and p99), an index rebuild ≤ 200 ms.
import { bench, describe } from 'vitest';
import { councilAgencies } from '../../../../cms/src/seed/council-agencies';
import { faqs } from '../../../../cms/src/seed/faqs';
import { guidingPrinciples } from '../../../../cms/src/seed/guiding-principles';
import { pages } from '../../../../cms/src/seed/pages';
import { resources } from '../../../../cms/src/seed/resources';
import { SearchIndex, type SearchDocument } from './search-index';

/** Every string inside a seed entry, as the text a search document would hold. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

const seeded: SearchDocument[] = [
  ...faqs.map((faq) => ({ url: `/faq#${faq.slug}`, title: faq.question, section: 'FAQ', body: strings(faq.answer).join(' ') })),
  ...councilAgencies.map((agency) => ({ url: '/provider-council', title: agency.name, section: 'Provider Council', body: strings(agency).join(' ') })),
  ...guidingPrinciples.map((principle) => ({ url: '/philosophy', title: principle.statement, section: 'Guiding principles', body: '' })),
  ...resources.map((resource) => ({ url: '/resources', title: resource.title, section: 'Resources', body: strings(resource).join(' ') })),
  ...pages.map((page) => ({ url: `/${page.slug}`, title: page.title, section: 'Page', body: strings(page.body).join(' ') })),
];
const documents = Array.from({ length: 1000 }, (_, i) => {
  const doc = seeded[i % seeded.length]!;
  return { ...doc, url: `${doc.url}?copy=${i}` };
});
const index = await SearchIndex.build(documents);
const queries = ['is this trafficking', 'training in Aroostook', 'screening tool', 'trafficked', 'traficking', 'educacion', 'help', 'Maine'];
let next = 0;

describe(`site search over ${documents.length} documents`, () => {
  bench('one search (title boost, stemming, typo tolerance, snippets)', async () => {
    await index.search(queries[next++ % queries.length]!);
  });

  bench('index rebuild', async () => {
    await SearchIndex.build(documents);
  }, { iterations: 20 });
});
