// What the CMS global setup (apps/cms/tests/cms.global-setup.ts) provides to tests.
declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    cmsFormsToken: string;
  }
}

export {};
