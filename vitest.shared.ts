import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/** Shared by every package's vitest config: tests import workspace packages from source, no build needed. */
export default defineConfig({
  resolve: {
    alias: {
      '@sentry-offline/schema': pkg('schema'),
      '@sentry-offline/transform': pkg('transform'),
      '@sentry-offline/report': pkg('report'),
      '@sentry-offline/cli': pkg('cli'),
      '@sentry-offline/testing': pkg('testing'),
    },
  },
  test: {
    exclude: ['**/node_modules/**', '**/dist/**', 'test/reference/**'],
    testTimeout: 20_000,
  },
});
