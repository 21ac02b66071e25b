// What a browser gets at GET /graphql when the sandbox is off (production): a plain page saying
// where the documentation is. Apollo's own production page loads scripts from Apollo's CDN;
// this one loads nothing from anywhere.
const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Maine STEN content API</title></head>
<body>
<h1>Maine STEN content API</h1>
<p>This is the GraphQL endpoint: send queries with <code>POST</code> and <code>Content-Type: application/json</code>.
The schema, limits and tokens are described in the project's <code>docs/api.md</code>.</p>
</body>
</html>`;

export const plainLandingPage = () => ({
  async serverWillStart() {
    return { async renderLandingPage() { return { html }; } };
  },
});
