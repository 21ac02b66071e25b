// The documentation plugin rewrites its OpenAPI file under src/ at every boot outside production,
// so running the CMS changed its own sources (and the next `pnpm start` rebuilt the admin). Here it
// writes only when asked, to the folder OPENAPI_OUTPUT_DIR names: `pnpm --filter @maine-sten/cms
// openapi:write` points it at the committed copy, the freshness test at a temp folder. Otherwise
// the plugin serves the committed file (from dist/ in production) and generates nothing.
import path from 'node:path';

interface DocumentationService {
  getFullDocumentationPath(): string;
  generateFullDoc(version?: string): Promise<void>;
}

interface DocumentationPlugin {
  services: { documentation: (deps: unknown) => DocumentationService };
}

export default (plugin: DocumentationPlugin): DocumentationPlugin => {
  const createService = plugin.services.documentation;
  plugin.services.documentation = (deps) => {
    const service = createService(deps);
    const { generateFullDoc, getFullDocumentationPath } = service;
    service.getFullDocumentationPath = function () {
      const output = process.env.OPENAPI_OUTPUT_DIR;
      return output ? path.resolve(output) : getFullDocumentationPath.call(this);
    };
    service.generateFullDoc = async function (version) {
      if (process.env.OPENAPI_OUTPUT_DIR) await generateFullDoc.call(this, version);
    };
    return service;
  };
  return plugin;
};
