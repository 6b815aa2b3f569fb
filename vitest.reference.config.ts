import { defineConfig, mergeConfig } from 'vitest/config';
import shared from './vitest.shared.js';

/** The reference-payload suite: every public Sentry payload in ../shared/reference/sentry. */
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      name: 'reference',
      include: ['packages/*/test/reference/**/*.test.ts'],
      exclude: ['**/node_modules/**'],
    },
  }),
);
