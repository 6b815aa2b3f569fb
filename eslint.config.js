import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const fsFree = {
  paths: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'process'].map((name) => ({
    name,
    message: 'core packages are fs-free: file and process handling lives in the cli package',
  })),
  patterns: [{ group: ['node:*'], message: 'core packages are fs-free: no node: imports' }],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      complexity: ['error', 15],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/{schema,transform,report}/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', fsFree] },
  },
  {
    files: [
      '**/test/**/*.ts',
      'bench/**',
      'scripts/**',
      'packages/*/scripts/**',
      'docs/examples/**',
      '*.config.ts',
      'vitest.shared.ts',
    ],
    rules: { 'no-console': 'off', complexity: 'off' },
  },
  {
    // bench/ and build scripts are plain Node ESM (run without a build step)
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs', 'packages/*/scripts/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'Buffer', 'URL', 'performance', 'setTimeout', 'structuredClone'].map((g) => [
          g,
          'readonly',
        ]),
      ),
    },
  },
);
