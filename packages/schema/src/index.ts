export { SentryOfflineError, isSentryOfflineError } from './sentry-offline-error.js';
export type { SentryOfflineErrorOptions } from './sentry-offline-error.js';

export { validate, validateText, assertValid, MAX_ISSUES } from './validate.js';
export type { ValidateOptions } from './validate.js';
export { detectKind, KIND_SHAPES } from './detect-kind.js';
export type { DetectKindResult } from './detect-kind.js';
export { parseText } from './parse-text.js';
export type { ParseTextResult } from './parse-text.js';
export { offsetToPosition, createLocator } from './positions.js';
export type { Position } from './positions.js';
export { KIND_SPECS } from './kind-specs.js';
export type { KindSpec, CheckResult } from './kind-spec.js';
export { OUTCOMES, DATA_CATEGORIES, EVENT_TYPES, LEVELS } from './vocabulary.js';

export { statsV2Schema, checkStatsV2 } from './kinds/stats-v2.js';
export type { StatsV2, StatsV2Facts } from './kinds/stats-v2.js';
export { statsSummarySchema } from './kinds/stats-summary.js';
export type { StatsSummary } from './kinds/stats-summary.js';
export { statsSeriesSchema } from './kinds/stats-series.js';
export type { StatsSeries } from './kinds/stats-series.js';
export { eventSchema } from './kinds/event.js';
export type { Event } from './kinds/event.js';
export { rawEventSchema } from './kinds/raw-event.js';
export type { RawEvent } from './kinds/raw-event.js';
export { eventsListSchema } from './kinds/events-list.js';
export type { EventsList } from './kinds/events-list.js';
export { issueSchema } from './kinds/issue.js';
export type { Issue } from './kinds/issue.js';
export { issuesListSchema } from './kinds/issues-list.js';
export type { IssuesList } from './kinds/issues-list.js';
export { discoverSchema } from './kinds/discover.js';
export type { Discover } from './kinds/discover.js';
export { eventsTimeseriesSchema } from './kinds/events-timeseries.js';
export type { EventsTimeseries } from './kinds/events-timeseries.js';
export { errorResponseSchema } from './kinds/error-response.js';
export type { ErrorResponse } from './kinds/error-response.js';

export * from './types.js';
