// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** The language of the page: its path's prefix (/es/…), or English. */
      locale: import('$lib/i18n').Locale;
      /** Rendering drafts for an editor (signed preview cookie present). */
      preview: boolean;
      /** The content types this response shows: its Cache-Tag, and how the output cache drops it. */
      cacheTags: Set<string>;
      /** Rendered for one visit (a form's signed start time): never kept by the output cache or a CDN. */
      noSharedCache: boolean;
    }
  }
}

export {};
