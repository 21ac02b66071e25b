import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/.svelte-kit/',
      '**/.strapi/',
      '**/.cache/',
      '**/.tmp/',
      '**/types/generated/',
      '**/generated/',
      'apps/cms/public/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/src/**/*.svelte', 'apps/web/src/**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: ts.parser } },
    rules: {
      // The site is served at the root (no paths.base), and most hrefs are CMS data or tel:/sms:.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['apps/web/src/lib/quick-exit.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
