// The languages added in the CMS, read into the site's list: only complete ones, again when the
// last read is REFRESH_MS old (the clock is the test's), the old list kept when a read fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSiteLocale, siteLocales } from '$lib/i18n';
import { setAddedLanguages, type AddedLanguage } from '$lib/i18n/languages';
import { AddedLanguages, completeLanguages, REFRESH_MS } from './languages';

afterEach(() => setAddedLanguages([]));

describe('the languages added in the CMS', () => {
  it('takes the complete ones, and nothing malformed', () => {
    expect(
      completeLanguages([
        { code: 'pt', complete: true, messages: { quickExit: 'Sair' } },
        { code: 'ar', complete: false, messages: {} },
        { code: '../x', complete: true, messages: {} },
        { code: 'de', complete: true, messages: { quickExit: 3 } },
        null,
      ]),
    ).toEqual([{ code: 'pt', messages: { quickExit: 'Sair' } }]);
    expect(() => completeLanguages({ data: [] })).toThrow(/list of languages/);
  });

  it('are read again only when the last read is old, and a change drops the rendered pages', async () => {
    let now = 1_000;
    let answer: AddedLanguage[] = [];
    const read = vi.fn(async () => answer);
    const changed = vi.fn();
    const languages = new AddedLanguages(changed, read, () => now);

    await languages.refresh();
    expect(read).toHaveBeenCalledTimes(1);
    expect(changed).not.toHaveBeenCalled();

    answer = [{ code: 'pt', messages: { quickExit: 'Sair desta página' } }];
    now += REFRESH_MS - 1;
    languages.refreshIfDue();
    expect(read).toHaveBeenCalledTimes(1);
    expect(isSiteLocale('pt')).toBe(false);

    now += 1;
    languages.refreshIfDue();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(read).toHaveBeenCalledTimes(2);
    expect(siteLocales()).toContain('pt');
  });

  it('keep the list they had when the CMS cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = false;
    const read = async () => {
      if (fail) throw new Error('the CMS answered 503');
      return [{ code: 'pt', messages: {} }];
    };
    const languages = new AddedLanguages(() => {}, read, () => 0);
    await languages.refresh();
    fail = true;
    await languages.refresh();
    expect(isSiteLocale('pt')).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not read'), 'the CMS answered 503');
    warn.mockRestore();
  });
});
