export { SentryOfflineError, isSentryOfflineError } from './sentry-offline-error.js';
export type { SentryOfflineErrorOptions } from './sentry-offline-error.js';

export { validate, validateText, assertValid, MAX_ISSUES } from './validate.js';
export type { ValidateOptions } from './validate.js';
export { detectKind, KIND_SHAPES } from './detect-kind.js';
export type { DetectKindResult } from './detect-kind.js';
export { parseText, MAX_NESTING } from './parse-text.js';
export { decodeText } from './decode-text.js';
export type { DecodeTextResult, TextEncoding } from './decode-text.js';
export { validateBytes } from './validate-bytes.js';
export { splitRecords } from './split-records.js';
export type { RecordSplit, RejectedRecord, SplitRecordsOptions } from './split-records.js';
export type { ParseTextResult } from './parse-text.js';
export { offsetToPosition, createLocator } from './positions.js';
export type { Position } from './positions.js';
export { KIND_SPECS } from './kind-specs.js';
export type { KindSpec, CheckResult } from './kind-spec.js';
export { OUTCOMES, DATA_CATEGORIES, EVENT_TYPES, LEVELS, ENTRY_TYPES, ISSUE_STATUSES } from './vocabulary.js';

// shapes and shape drift
export { createShapeInferrer, inferShape } from './infer-shape.js';
export type {
  InferShapeOptions,
  Shape,
  ShapeInferrer,
  ShapePath,
  ShapeType,
  ShapeExample,
} from './infer-shape.js';
export { shapeToJsonSchema } from './shape-to-json-schema.js';
export type { ShapeToJsonSchemaOptions, JsonSchema } from './shape-to-json-schema.js';
export { diffShapes } from './diff-shapes.js';
export type {
  DiffShapesOptions,
  ShapeDrift,
  ShapePathChange,
  ShapeTypeChange,
  ShapeEnumChange,
} from './diff-shapes.js';
export { SHAPE_MAPS, isShapeMap, itemPath } from './shape-maps.js';
export type { ShapeMapRules } from './shape-maps.js';
export { SHAPE_ENUMS } from './shape-enums.js';
export type { ShapeEnum } from './shape-enums.js';

export { statsV2Schema, checkStatsV2 } from './kinds/stats-v2.js';
export type { StatsV2, StatsV2Facts } from './kinds/stats-v2.js';
export { statsSummarySchema, checkStatsSummary, DROPPED_DEFINITIONS } from './kinds/stats-summary.js';
export type { StatsSummary, StatsSummaryFacts, DroppedDefinition } from './kinds/stats-summary.js';
export { statsSeriesSchema, checkStatsSeries } from './kinds/stats-series.js';
export type { StatsSeries, StatsSeriesFacts } from './kinds/stats-series.js';
export { eventSchema, checkEvent } from './kinds/event.js';
export type { Event } from './kinds/event.js';
export { rawEventSchema, checkRawEvent } from './kinds/raw-event.js';
export type { RawEvent } from './kinds/raw-event.js';
export type { EventFacts } from './kinds/check-event-shape.js';
export { eventsListSchema, checkEventsList } from './kinds/events-list.js';
export type { EventsList, EventsListFacts } from './kinds/events-list.js';
export { issueSchema, checkIssue } from './kinds/issue.js';
export type { Issue } from './kinds/issue.js';
export { issuesListSchema, checkIssuesList } from './kinds/issues-list.js';
export type { IssuesList } from './kinds/issues-list.js';
export { discoverSchema, checkDiscover, DISCOVER_FIELD_TYPES } from './kinds/discover.js';
export type { Discover, DiscoverFacts } from './kinds/discover.js';
export { eventsTimeseriesSchema, checkEventsTimeseries } from './kinds/events-timeseries.js';
export type { EventsTimeseries, EventsTimeseriesFacts } from './kinds/events-timeseries.js';
export { errorResponseSchema } from './kinds/error-response.js';
export type { ErrorResponse } from './kinds/error-response.js';

export * from './types.js';
