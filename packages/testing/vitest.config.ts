import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// the regression-test guide's example suite runs here too, as a user's suite would
export default mergeConfig(
  shared,
  defineProject({
    test: { name: 'testing', include: ['test/**/*.test.ts', '../../docs/examples/regression/**/*.test.ts'] },
  }),
);
