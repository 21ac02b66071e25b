import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  build: {
    // The quick-exit script stays a file (the CSP allows only 'self' scripts, not data: URLs), and
    // so gets a content hash under /_app/immutable with a year-long cache.
    assetsInlineLimit: (file) => (file.endsWith('/quick-exit.js') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts'],
    // A real, seeded CMS for the content module's tests (inject('cmsUrl')).
    globalSetup: ['../../packages/test-harness/src/cms-global-setup.ts'],
    hookTimeout: 150_000,
    testTimeout: 60_000,
  },
});
