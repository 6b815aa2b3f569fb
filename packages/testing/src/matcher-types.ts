import type { PayloadKind } from '@sentry-offline/schema';

/** What a matcher's `this` gives us, in vitest and in Jest: whether the assertion is negated (`.not`). */
export interface MatcherContext {
  isNot?: boolean;
}

/** What a matcher returns, in vitest and in Jest. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/**
 * The snapshot matchers `toMatchTidySnapshot` hands its canonical text to: vitest's `Snapshots` (from `vitest`),
 * or, under Jest, `{ toMatchSnapshot }` from `jest-snapshot`.
 */
export interface SnapshotMatchers {
  toMatchSnapshot: (this: never, received: unknown, hint?: string) => MatcherResult;
  toMatchFileSnapshot?: (
    this: never,
    received: unknown,
    file: string,
    hint?: string,
  ) => Promise<MatcherResult>;
}

/**
 * The matchers' types, to add to your framework's `Matchers` interface:
 * `declare module 'vitest' { interface Matchers<T = any> extends SentryMatchers<T> {} }`.
 */
export interface SentryMatchers<R = unknown> {
  /** Passes for a valid payload (of `kind`, when given); the failure message lists each issue with its place. */
  toBeValidSentryPayload(kind?: PayloadKind, options?: { strict?: boolean }): R;
  /** Compares a table (or named tables) in canonical form with a snapshot, inline-file or `{ file }`. */
  toMatchTidySnapshot(options?: { file?: string; hint?: string }): R;
}
