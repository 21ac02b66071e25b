import { describe, expect, it } from 'vitest';
import { canonicalSearch, pageCount, pageHrefFor, pageNumbers, pageOf, pageParamName, PAGE_PARAM, PAGE_SIZES, parsePageNumber } from './paging';

describe('parsePageNumber', () => {
  it('reads no parameter, or an empty one, as the first page', () => {
    expect(parsePageNumber(null)).toBe(1);
    expect(parsePageNumber('')).toBe(1);
  });

  it('reads a page number', () => {
    expect(parsePageNumber('1')).toBe(1);
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('25')).toBe(25);
  });

  it('refuses what is not one page number written one way (answered 400)', () => {
    for (const value of ['0', '-1', '02', '+2', '2.0', '1e1', 'two', ' 2', '2 ', '0x2', '9999999', 'Infinity', 'NaN']) {
      expect(parsePageNumber(value), value).toBeNull();
    }
  });
});

describe('pageCount', () => {
  it('is the pages the entries fill, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(219, 20)).toBe(11);
    expect(pageCount(500, 20)).toBe(25);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('gives the page asked for, with the count', () => {
    expect(pageOf(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3, total: 45, param: 'page' });
    expect(pageOf(items, 3, 20, 'page2')).toEqual({ items: [41, 42, 43, 44, 45], page: 3, pageCount: 3, total: 45, param: 'page2' });
  });

  it('has no page out of range (answered 404)', () => {
    expect(pageOf(items, 4, 20)).toBeNull();
    expect(pageOf(items, 0, 20)).toBeNull();
    expect(pageOf(items, 1.5, 20)).toBeNull();
  });

  it('shows an empty list as its one first page', () => {
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, param: 'page' });
    expect(pageOf([], 2, 20)).toBeNull();
  });

  it('keeps ten times the seed content to pages of a few dozen entries', () => {
    for (const size of Object.values(PAGE_SIZES)) expect(size).toBeLessThanOrEqual(25);
  });
});

describe('pageParamName', () => {
  it('names the first list page, the next ones page2 … page9, all of them read by the output cache', () => {
    expect(pageParamName(0)).toBe('page');
    expect(pageParamName(1)).toBe('page2');
    expect(pageParamName(8)).toBe('page9');
    expect(() => pageParamName(9)).toThrow(RangeError);
    for (let i = 0; i < 9; i++) expect(PAGE_PARAM.test(pageParamName(i))).toBe(true);
  });
});

describe('pageHrefFor', () => {
  it('keeps the path with its language prefix and the other parameters', () => {
    const url = new URL('http://site.test/es/resources?category=training&page=3');
    expect(pageHrefFor(url, 'page', 4)).toBe('/es/resources?category=training&page=4');
    expect(pageHrefFor(url, 'page2', 2)).toBe('/es/resources?category=training&page=3&page2=2');
  });

  it('gives the first page its address without the parameter', () => {
    expect(pageHrefFor(new URL('http://site.test/fr/provider-council?page=2'), 'page', 1)).toBe('/fr/provider-council');
    expect(pageHrefFor(new URL('http://site.test/resources?category=training&page=2'), 'page', 1)).toBe('/resources?category=training');
  });
});

describe('pageNumbers', () => {
  it('shows every number of a few pages', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves out the far numbers of many pages, never just one', () => {
    expect(pageNumbers(1, 25)).toEqual([1, 2, 3, null, 25]);
    expect(pageNumbers(12, 25)).toEqual([1, null, 10, 11, 12, 13, 14, null, 25]);
    expect(pageNumbers(25, 25)).toEqual([1, null, 23, 24, 25]);
    expect(pageNumbers(5, 25)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 25]);
  });
});

describe('canonicalSearch', () => {
  it('keeps the lists’ page numbers above 1 only', () => {
    const params = ['page', 'page2'];
    expect(canonicalSearch(new URL('http://site.test/resources'), params)).toBe('');
    expect(canonicalSearch(new URL('http://site.test/resources?page=1'), params)).toBe('');
    expect(canonicalSearch(new URL('http://site.test/resources?page=2&utm_source=x&category=training'), params)).toBe('?page=2');
    expect(canonicalSearch(new URL('http://site.test/faq?page2=3&page=1'), params)).toBe('?page2=3');
  });
});
