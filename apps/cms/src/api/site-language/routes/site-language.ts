// The languages added in Strapi's settings, with their interface messages, for the site
// (apps/web src/lib/server/content/languages.ts): a new language goes live without a commit. Public like
// the interface text it carries.
export default {
  routes: [
    {
      method: 'GET',
      path: '/site-languages',
      handler: 'api::site-language.site-language.find',
      config: { auth: false },
    },
  ],
};
