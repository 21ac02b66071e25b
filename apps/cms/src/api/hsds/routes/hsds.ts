// The directory in Open Referral's HSDS 3.0.1 (src/hsds): what 211s and other referral systems
// import. Read-only and public like the published content it is made of; counted by the content
// API's rate limit and kept by its response cache like any other read.
const route = (path: string, handler: string) => ({
  method: 'GET' as const,
  path: `/hsds${path}`,
  handler: `api::hsds.hsds.${handler}`,
  config: { auth: false as const },
});

export default {
  routes: [
    route('', 'root'),
    route('/openapi.json', 'openapi'),
    route('/services', 'services'),
    route('/services/:id', 'service'),
    route('/organizations', 'organizations'),
    route('/organizations/:id', 'organization'),
  ],
};
