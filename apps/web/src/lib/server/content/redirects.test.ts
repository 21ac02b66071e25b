import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirects';
import type { PageSummary } from './types';

const page = (slug: string, formerSlugs: string[], updatedAt = '2026-01-01T00:00:00.000Z'): PageSummary =>
  ({ documentId: slug, title: slug, slug, summary: null, order: 0, showInNavigation: true, showInFooter: false, updatedAt, formerSlugs: formerSlugs.join('\n') }) as PageSummary;

describe('redirectTarget', () => {
  it('leads every former address of a page to its slug now, in one hop', () => {
    const pages = [page('about', []), page('who-we-are', ['about-us', 'our-team'])];
    expect(redirectTarget(pages, 'about-us')).toBe('who-we-are');
    expect(redirectTarget(pages, 'our-team')).toBe('who-we-are');
    expect(redirectTarget(pages, 'nowhere')).toBeNull();
  });

  it('lets a page that has the address now win over a redirect', () => {
    expect(redirectTarget([page('who-we-are', ['about']), page('about', [])], 'about')).toBeNull();
  });

  it('takes the page saved last when two list the same address', () => {
    const older = page('first', ['flyer'], '2026-01-01T00:00:00.000Z');
    const newer = page('second', ['flyer'], '2026-02-01T00:00:00.000Z');
    expect(redirectTarget([older, newer], 'flyer')).toBe('second');
    expect(redirectTarget([newer, older], 'flyer')).toBe('second');
  });
});
