import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    include: ['src/**/*.test.ts'],
    // A real, seeded CMS for the content module's tests (inject('cmsUrl')).
    globalSetup: ['../cms/tests/cms.global-setup.ts'],
    hookTimeout: 150_000,
    testTimeout: 60_000,
  },
});
