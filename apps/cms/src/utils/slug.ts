// CMS uid slugs: lowercase words joined by single dashes. Anything else is not a page.
export const isSlug = (value: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
