import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { PageView } from '$lib/page-data';
import { PAGE_SIZES } from '$lib/paging';
import { inCategory, listPageNumber, listParams, pageLists, pageQueryOf } from './list-pages';

const agencies = Array.from({ length: 219 }, (_, i) => ({ documentId: `a${i}`, name: `Agency ${i}`, lang: 'en' }));
const resources = [
  ...Array.from({ length: 30 }, (_, i) => ({ documentId: `t${i}`, title: `Training ${i}`, category: 'training', lang: 'en' })),
  ...Array.from({ length: 25 }, (_, i) => ({ documentId: `s${i}`, title: `Statute ${i}`, category: 'statutes', lang: 'en' })),
];
const faqs = Array.from({ length: 110 }, (_, i) => ({ documentId: `f${i}`, slug: `q${i}`, question: `Question ${i}?`, lang: 'en' }));

const view = (sections: object[]): PageView =>
  ({ page: { slug: 'x', title: 'X' }, locale: 'en', titleLang: 'en', bodyLang: 'en', sections, faqs, principles: [], agencies, resources }) as unknown as PageView;
const directory = view([{ __typename: 'ComponentSectionsRichText' }, { __typename: 'ComponentSectionsCouncilAgencies' }]);
const url = (query: string) => new URL(`http://site.test/es/x${query}`);

/** The HTTP status pageLists throws for this address, or 200. */
function status(page: PageView, query: string): number {
  try {
    pageLists(page, url(query), null);
    return 200;
  } catch (failure) {
    if (isHttpError(failure)) return failure.status;
    throw failure;
  }
}

describe('pageLists', () => {
  it('shows the first page of a long list, with the count, at the section’s index', () => {
    const lists = pageLists(directory, url(''), null);
    expect(lists[0]).toBeNull();
    expect(lists[1]?.kind).toBe('agencies');
    expect(lists[1]?.list.items).toHaveLength(PAGE_SIZES.agencies);
    expect(lists[1]?.list).toMatchObject({ page: 1, pageCount: Math.ceil(219 / PAGE_SIZES.agencies), total: 219, param: 'page' });
    expect(listPageNumber(lists)).toBe(1);
  });

  it('shows the page asked for, up to the last one', () => {
    const last = Math.ceil(219 / PAGE_SIZES.agencies);
    const lists = pageLists(directory, url(`?page=${last}`), null);
    expect(lists[1]?.list.items.map((agency) => (agency as { name: string }).name)).toEqual(
      agencies.slice((last - 1) * PAGE_SIZES.agencies).map((agency) => agency.name),
    );
    expect(listPageNumber(lists)).toBe(last);
  });

  it('answers 404 for a page the list does not have, 400 for what is not a page number', () => {
    expect(status(directory, '?page=12')).toBe(404);
    expect(status(directory, '?page=999')).toBe(404);
    for (const query of ['?page=0', '?page=abc', '?page=02', '?page=-1', '?page=1.5']) expect(status(directory, query), query).toBe(400);
    expect(status(directory, '?page=')).toBe(200);
    expect(status(directory, '?page2=3')).toBe(200); // no second list reads it
  });

  it('pages two lists of one page apart: page, then page2', () => {
    const two = view([{ __typename: 'ComponentSectionsFaqList', faqs: [] }, { __typename: 'ComponentSectionsCouncilAgencies' }]);
    expect(listParams(two)).toEqual(['page', 'page2']);
    const lists = pageLists(two, url('?page2=3'), null);
    expect(lists[0]).toMatchObject({ kind: 'faqs', list: { page: 1, param: 'page', pageCount: 11 } });
    expect(lists[1]).toMatchObject({ kind: 'agencies', list: { page: 3, param: 'page2' } });
    expect(status(two, '?page=12')).toBe(404);
    expect(status(two, '?page=11&page2=11')).toBe(200);
  });

  it('pages a resource list in the order it groups them, of the category chosen', () => {
    const page = view([{ __typename: 'ComponentSectionsResourceList', category: null }]);
    const first = pageLists(page, url(''), null)[0]?.list;
    // The site lists statutes before training (RESOURCE_CATEGORIES), whatever order the CMS sent.
    expect(first?.items.map((resource) => (resource as { category: string }).category)).toEqual([
      ...Array(20).fill('statutes'),
    ]);
    expect(first).toMatchObject({ total: 55, pageCount: 3 });
    const training = pageLists(page, url('?page=2'), 'training')[0]?.list;
    expect(training).toMatchObject({ total: 30, pageCount: 2, page: 2 });
    expect(training?.items).toHaveLength(10);
    expect(() => pageLists(page, url('?page=3'), 'training')).toThrow();
  });

  it('pages the questions picked, in the order picked', () => {
    const picked = view([{ __typename: 'ComponentSectionsFaqList', faqs: [{ slug: 'q5' }, null, { slug: 'q1' }] }]);
    const lists = pageLists(picked, url(''), null);
    expect(lists[0]?.list.items.map((faq) => (faq as { slug: string }).slug)).toEqual(['q5', 'q1']);
    expect(lists[0]?.list.pageCount).toBe(1);
  });
});

describe('pageQueryOf', () => {
  it('names the page of its list an entry is on, nothing for the first', () => {
    expect(pageQueryOf('faqs', 0)).toBe('');
    expect(pageQueryOf('faqs', PAGE_SIZES.faqs - 1)).toBe('');
    expect(pageQueryOf('faqs', PAGE_SIZES.faqs)).toBe('page=2');
    expect(pageQueryOf('agencies', 218)).toBe(`page=${Math.ceil(219 / PAGE_SIZES.agencies)}`);
    expect(pageQueryOf('agencies', -1)).toBe('');
  });

  it('counts a resource among those of its category', () => {
    const typed = resources as { category: 'training' | 'statutes' }[];
    expect(inCategory(typed, typed[0]!)).toBe(0);
    expect(inCategory(typed, typed[30]!)).toBe(0);
    expect(inCategory(typed, typed[29]!)).toBe(29);
    expect(pageQueryOf('resources', inCategory(typed, typed[29]!))).toBe('page=2');
  });
});
