// The language of the request being handled, for Paraglide's messages: each request runs in its own
// async context, so concurrent requests in different languages never see each other's. Nothing is
// stored on the visitor's device (no cookie), and outside a request the default language is used.
import { AsyncLocalStorage } from 'node:async_hooks';
import { baseLocale, overwriteGetLocale, type Locale as CompiledLocale } from '$lib/generated/paraglide/runtime.js';
import type { Locale } from '$lib/i18n';

const current = new AsyncLocalStorage<Locale>();
// A language added in the CMS is not one of Paraglide's types; $lib/i18n's `m` reads it (languages.ts).
overwriteGetLocale(() => (current.getStore() ?? baseLocale) as CompiledLocale);

export const withLocale = <T>(locale: Locale, run: () => T): T => current.run(locale, run);
