import { defineKind, type KindSpec } from './kind-spec.js';
import { checkDiscover, discoverSchema, type Discover } from './kinds/discover.js';
import { errorResponseSchema } from './kinds/error-response.js';
import { checkEvent, eventSchema, type Event } from './kinds/event.js';
import { checkEventsList, eventsListSchema, type EventsList } from './kinds/events-list.js';
import {
  checkEventsTimeseries,
  eventsTimeseriesSchema,
  type EventsTimeseries,
} from './kinds/events-timeseries.js';
import { checkIssue, issueSchema, type Issue } from './kinds/issue.js';
import { checkIssuesList, issuesListSchema, type IssuesList } from './kinds/issues-list.js';
import { checkRawEvent, rawEventSchema, type RawEvent } from './kinds/raw-event.js';
import { checkStatsSeries, statsSeriesSchema, type StatsSeries } from './kinds/stats-series.js';
import { checkStatsSummary, statsSummarySchema, type StatsSummary } from './kinds/stats-summary.js';
import { checkStatsV2, statsV2Schema, type StatsV2 } from './kinds/stats-v2.js';
import type { PayloadKind } from './types.js';

/** The registry: every kind's schema and checks. */
export const KIND_SPECS: Record<PayloadKind, KindSpec<never>> = {
  'stats-v2': defineKind<StatsV2>({
    kind: 'stats-v2',
    description: 'usage stats v2 (/organizations/{org}/stats_v2/)',
    schema: statsV2Schema,
    check: checkStatsV2,
  }),
  'stats-summary': defineKind<StatsSummary>({
    kind: 'stats-summary',
    description: 'usage per project (/organizations/{org}/stats-summary/)',
    schema: statsSummarySchema,
    check: checkStatsSummary,
  }),
  'stats-series': defineKind<StatsSeries>({
    kind: 'stats-series',
    description: 'legacy [[unix_seconds, count], …] series (/stats/)',
    schema: statsSeriesSchema,
    check: checkStatsSeries,
  }),
  event: defineKind<Event>({
    kind: 'event',
    description: 'event detail (/projects/{org}/{project}/events/{id}/, entries[])',
    schema: eventSchema,
    check: checkEvent,
  }),
  'raw-event': defineKind<RawEvent>({
    kind: 'raw-event',
    description: 'stored or ingested event JSON (/events/{id}/json/, exception.values[])',
    schema: rawEventSchema,
    check: checkRawEvent,
  }),
  'events-list': defineKind<EventsList>({
    kind: 'events-list',
    description: 'list of events (/projects/{org}/{project}/events/)',
    schema: eventsListSchema,
    check: checkEventsList,
  }),
  issue: defineKind<Issue>({
    kind: 'issue',
    description: 'issue detail (/organizations/{org}/issues/{id}/)',
    schema: issueSchema,
    check: checkIssue,
  }),
  'issues-list': defineKind<IssuesList>({
    kind: 'issues-list',
    description: 'list of issues (/organizations/{org}/issues/)',
    schema: issuesListSchema,
    check: checkIssuesList,
  }),
  discover: defineKind<Discover>({
    kind: 'discover',
    description: 'Discover query (/organizations/{org}/events/, data[] + meta.fields)',
    schema: discoverSchema,
    check: checkDiscover,
  }),
  'events-timeseries': defineKind<EventsTimeseries>({
    kind: 'events-timeseries',
    description: 'event counts over time (/events-timeseries/ timeSeries[], or /events-stats/ data[])',
    schema: eventsTimeseriesSchema,
    check: checkEventsTimeseries,
  }),
  'error-response': defineKind({
    kind: 'error-response',
    description: 'an API error body ({"detail": …})',
    schema: errorResponseSchema,
  }),
};
