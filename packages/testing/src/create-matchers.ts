import { SentryOfflineError } from '@sentry-offline/schema';
import type { MatcherContext, MatcherResult, SnapshotMatchers } from './matcher-types.js';
import { toBeValidSentryPayload } from './to-be-valid-sentry-payload.js';
import { tidySnapshotMatcher, type ToMatchTidySnapshotOptions } from './to-match-tidy-snapshot.js';

/** Options of {@link createMatchers}. */
export interface CreateMatchersOptions {
  /** The framework's snapshot matchers: vitest's `Snapshots`, or `{ toMatchSnapshot }` from `jest-snapshot` (default none: `toMatchTidySnapshot` then throws). */
  snapshots?: SnapshotMatchers;
}

function missingSnapshots(
  this: MatcherContext,
  _received: unknown,
  _options?: ToMatchTidySnapshotOptions,
): MatcherResult {
  throw new SentryOfflineError(
    'testing.noSnapshots',
    "toMatchTidySnapshot needs the framework's snapshot matchers: expect.extend(createMatchers({ snapshots: Snapshots }))",
  );
}

/**
 * The matchers for `expect.extend`, in vitest and Jest: `toBeValidSentryPayload(kind?)` and `toMatchTidySnapshot()`.
 * @param options snapshots (default none)
 * @example
 * import { expect, Snapshots } from 'vitest';
 * expect.extend(createMatchers({ snapshots: Snapshots }));
 */
export function createMatchers({ snapshots }: CreateMatchersOptions = {}) {
  return {
    toBeValidSentryPayload,
    toMatchTidySnapshot: snapshots ? tidySnapshotMatcher(snapshots) : missingSnapshots,
  };
}
