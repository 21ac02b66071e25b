// The same slug rule as Strapi's uid field, so seeded slugs look like ones editors generate.
export const toSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
