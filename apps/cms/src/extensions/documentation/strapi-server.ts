// The documentation plugin writes into src/ while running: its OpenAPI file at every boot outside
// production, and the Swagger page (public/index.html, with the spec inlined) on every visit to
// /documentation. Running the CMS must never change its own sources (the next `pnpm start` would
// rebuild the admin), so here:
// - the OpenAPI file is generated only when asked, into the folder OPENAPI_OUTPUT_DIR names:
//   `pnpm --filter @maine-sten/cms openapi:write` points it at the committed copy, the freshness
//   test at a temp folder. Otherwise the plugin serves the committed file (from dist/ in production);
// - the Swagger page is rendered in memory for each request instead of written to disk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context } from 'koa';

interface DocumentationService {
  getFullDocumentationPath(): string;
  getDocumentationVersion(): string;
  generateFullDoc(version?: string): Promise<void>;
}

interface DocumentationPlugin {
  services: { documentation: (deps: unknown) => DocumentationService };
  controllers: { documentation: { index: (ctx: Context) => Promise<void> } };
}

/** The plugin's own Swagger page template (`<%= spec %>`, `<%= backendUrl %>`). */
const swaggerTemplate = (): string => {
  const load = createRequire(__filename);
  const pluginDir = path.dirname(load.resolve('@strapi/plugin-documentation/package.json'));
  return String(load(path.join(pluginDir, 'dist/server/public/index.html.js')));
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/<%=\s*(\w+)\s*%>/g, (_match, name: string) => values[name] ?? '');

export default (plugin: DocumentationPlugin): DocumentationPlugin => {
  const createService = plugin.services.documentation;
  let service: DocumentationService | undefined;
  plugin.services.documentation = (deps) => {
    const created = createService(deps);
    const { generateFullDoc, getFullDocumentationPath } = created;
    created.getFullDocumentationPath = function () {
      const output = process.env.OPENAPI_OUTPUT_DIR;
      return output ? path.resolve(output) : getFullDocumentationPath.call(this);
    };
    created.generateFullDoc = async function (version) {
      if (process.env.OPENAPI_OUTPUT_DIR) await generateFullDoc.call(this, version);
    };
    service = created;
    return created;
  };

  plugin.controllers.documentation.index = async (ctx) => {
    if (!service) return ctx.notFound();
    const { major, minor, patch } = ctx.params as Record<string, string | undefined>;
    const version = major && minor && patch ? `${major}.${minor}.${patch}` : service.getDocumentationVersion();
    if (!/^\d+\.\d+\.\d+$/.test(version)) return ctx.notFound();
    let spec: string;
    try {
      spec = JSON.stringify(JSON.parse(readFileSync(path.join(service.getFullDocumentationPath(), version, 'full_documentation.json'), 'utf8')));
    } catch {
      return ctx.notFound();
    }
    ctx.type = 'html';
    ctx.body = fill(swaggerTemplate(), { spec, backendUrl: String((strapi.config.get('server.url') as string | undefined) ?? '') });
  };
  return plugin;
};
