import { defineConfig } from 'vitest/config';

// Repository-level checks only; each app runs its own suite through `pnpm -r test`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
  },
});
