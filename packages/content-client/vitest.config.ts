import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['../../apps/cms/tests/cms.global-setup.ts'],
    hookTimeout: 150_000,
    testTimeout: 60_000,
  },
});
