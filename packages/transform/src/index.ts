export { toCanonicalJson } from './to-canonical-json.js';
export type { ToCanonicalJsonOptions } from './to-canonical-json.js';

export { tidyStatsV2 } from './tidy-stats-v2.js';
export type { TidyStatsV2Options } from './tidy-stats-v2.js';
export { normaliseCategory } from './normalise-category.js';
export { normaliseReason } from './normalise-reason.js';
export { quantityUnit } from './quantity-unit.js';
export type { QuantityUnit } from './quantity-unit.js';
export { tidyStatsSummary } from './tidy-stats-summary.js';
export type { TidyStatsSummaryOptions, StatsSummaryTables } from './tidy-stats-summary.js';
export { readStatsSummaryCsv } from './read-stats-summary-csv.js';
export type { ReadStatsSummaryCsvOptions } from './read-stats-summary-csv.js';

export { tidyEvents } from './tidy-events.js';
export { tidyEventsAsync } from './tidy-events-async.js';
export { createEventTables } from './create-event-tables.js';
export type { TidyEventsOptions, EventTables, EventTablesBuilder } from './create-event-tables.js';
export type { ColumnType } from './events/table-builder.js';
export { readCrashStack, findCrashStack } from './events/read-crash-stack.js';
export {
  createEventColumnReader,
  createEventsTableBuilder,
  EVENT_TABLE_COLUMNS,
} from './events/read-event-columns.js';
export type { EventsTableBuilder } from './events/read-event-columns.js';
export type {
  CrashStack,
  CrashStackHead,
  CrashFrame,
  ReadCrashStackOptions,
} from './events/read-crash-stack.js';
export { combineStats } from './combine-stats.js';
export type { CombineStatsOptions, CombinedStats, NamedStatsV2 } from './combine-stats.js';
export { tidyStatsSeries } from './tidy-stats-series.js';
export type { TidyStatsSeriesOptions } from './tidy-stats-series.js';
export { tidyEventsTimeseries } from './tidy-events-timeseries.js';
export type { TidyEventsTimeseriesOptions } from './tidy-events-timeseries.js';
export { tidyEventsList } from './tidy-events-list.js';
export type { TidyEventsListOptions, EventsListTables } from './tidy-events-list.js';
export { tidyIssuesList } from './tidy-issues-list.js';
export type { TidyIssuesListOptions, IssuesListTables } from './tidy-issues-list.js';
export { tidyDiscover } from './tidy-discover.js';
export type { TidyDiscoverOptions, DiscoverTables } from './tidy-discover.js';
export { readDiscoverCsv } from './read-discover-csv.js';
export type { ReadDiscoverCsvOptions } from './read-discover-csv.js';
