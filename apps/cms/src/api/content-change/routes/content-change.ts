// The site's pull path (apps/web src/lib/server/content/change-poll.ts): a cheap marker per published
// content type and language, asked for every second by each web process, so a change is seen even
// when the CMS's notice or the Redis broadcast was lost. Public like the content it describes.
export default {
  routes: [
    {
      method: 'GET',
      path: '/content-changes',
      handler: 'api::content-change.content-change.find',
      config: { auth: false },
    },
  ],
};
