import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['../test-harness/src/cms-global-setup.ts'],
    hookTimeout: 150_000,
    testTimeout: 60_000,
  },
});
