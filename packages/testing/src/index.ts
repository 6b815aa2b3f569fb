export { createMatchers } from './create-matchers.js';
export type { CreateMatchersOptions } from './create-matchers.js';
export { toBeValidSentryPayload } from './to-be-valid-sentry-payload.js';
export type { ToBeValidSentryPayloadOptions } from './to-be-valid-sentry-payload.js';
export { tidySnapshotMatcher, tidySnapshotText } from './to-match-tidy-snapshot.js';
export type { ToMatchTidySnapshotOptions } from './to-match-tidy-snapshot.js';
export { loadCases } from './load-cases.js';
export type { LoadCasesOptions, LoadedCase } from './load-cases.js';
export type { MatcherContext, MatcherResult, SnapshotMatchers, SentryMatchers } from './matcher-types.js';
