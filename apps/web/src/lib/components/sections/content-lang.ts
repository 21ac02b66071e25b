// The language of the CMS text in a page's body when it is not the page's (the body is not
// translated yet): sections mark their CMS text with it, while their interface text (labels,
// buttons) and entries with their own language keep theirs.
import { getContext, setContext } from 'svelte';
import type { Locale } from '$lib/i18n';

const KEY = Symbol('content-lang');

export const setContentLang = (lang: Locale | undefined): void => {
  setContext(KEY, lang);
};

/** `lang` for the section's CMS text: undefined when it is in the page's language. */
export const contentLang = (): Locale | undefined => getContext<Locale | undefined>(KEY);
