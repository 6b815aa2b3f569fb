import type { ColumnTable } from 'arquero';
import type {
  Discover,
  EventsList,
  EventsTimeseries,
  IssuesList,
  PayloadKind,
  StatsSeries,
  StatsSummary,
  StatsV2,
} from '@sentry-offline/schema';
import {
  tidyDiscover,
  tidyEventsList,
  tidyEventsTimeseries,
  tidyIssuesList,
  tidyStatsSeries,
  tidyStatsSummary,
  tidyStatsV2,
} from '@sentry-offline/transform';
import type { FrameAggregate } from '../frames/aggregate/frame-aggregate.js';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import { createEventDrift } from './event-drift.js';

/** A payload and the name used in messages. */
export interface NamedPayload {
  name: string;
  value: unknown;
}

/** A tidy table of one side and how to compare it: keys, and values (default: the other shared columns). */
export interface DriftTable {
  name: string;
  table: ColumnTable;
  /** Key columns (default: the non-numeric columns). */
  keys?: readonly string[];
  values?: readonly string[];
}

/** The tables of one side: what is compared, and what the stats and signature comparisons read. */
export interface DriftTables {
  tables: DriftTable[];
  /** The usage-stats table, for drop rates. */
  stats: ColumnTable | null;
  /** The events' frame aggregate (of the strategy asked for), for top signatures. */
  events: FrameAggregate | null;
}

const STATS_KEYS = ['project', 'category', 'outcome', 'reason', 'interval_start'];

function concat(tables: ColumnTable[]): ColumnTable {
  return tables.reduce((a, b) => a.concat(b));
}

function each<T>(
  payloads: readonly NamedPayload[],
  tidy: (value: T, file: string) => ColumnTable,
): ColumnTable {
  return concat(payloads.map((p) => tidy(p.value as T, p.name)));
}

function statsV2(payloads: readonly NamedPayload[], by?: readonly string[]): DriftTables {
  const table = each<StatsV2>(payloads, (v, file) => tidyStatsV2(v, { file, partialSeries: 'pad' }));
  const values = ['quantity', 'times_seen'].filter((c) => table.columnNames().includes(c));
  return { tables: [{ name: 'stats', table, keys: by ?? STATS_KEYS, values }], stats: table, events: null };
}

function statsSummary(payloads: readonly NamedPayload[], by?: readonly string[]): DriftTables {
  const table = each<StatsSummary>(payloads, (v, file) => tidyStatsSummary(v, { file }).outcomes);
  const keys = by ?? ['project_id', 'category', 'outcome'];
  const values = ['quantity', 'times_seen'].filter((c) => table.columnNames().includes(c));
  return { tables: [{ name: 'outcomes', table, keys, values }], stats: table, events: null };
}

function events(
  payloads: readonly NamedPayload[],
  by: readonly string[] | undefined,
  strategy: SignatureStrategy,
) {
  const drift = createEventDrift(strategy);
  for (const p of payloads) drift.add(p.value);
  return drift.finish(by);
}

function lists(kind: PayloadKind, payloads: readonly NamedPayload[]): DriftTable[] {
  switch (kind) {
    case 'events-list':
      return [
        {
          name: 'events',
          table: each<EventsList>(payloads, (v, file) => tidyEventsList(v, { file }).events),
          keys: ['event_id'],
        },
      ];
    case 'issue':
    case 'issues-list':
      return [
        {
          name: 'issues',
          table: each<IssuesList>(payloads, (v, file) => tidyIssuesList(v, { file }).issues),
          keys: ['issue_id'],
        },
      ];
    case 'discover': {
      const table = each<Discover>(payloads, (v, file) => tidyDiscover(v, { file }).data);
      return [{ name: 'data', table }];
    }
    case 'events-timeseries': {
      const table = each<EventsTimeseries>(payloads, (v, file) => tidyEventsTimeseries(v, { file }));
      return [{ name: 'timeseries', table, keys: ['series', 'y_axis', 'timestamp'], values: ['value'] }];
    }
    case 'stats-series':
      return [
        {
          name: 'series',
          table: each<StatsSeries>(payloads, (v, file) => tidyStatsSeries(v, { file })),
          keys: ['timestamp'],
        },
      ];
    default:
      return [];
  }
}

/**
 * The tidy tables a drift report compares for a kind, with their keys: stats by project, category, outcome,
 * reason and interval (or `by`); stats-summary outcomes by project, category and outcome; events by event id (or
 * counted by `by`); lists by their ids; Discover rows by their non-numeric columns; time series by series, axis and
 * time.
 * @param kind the payloads' kind
 * @param payloads valid payloads of that kind
 * @param by keys to add the numbers up by instead (stats and events; default none)
 * @param strategy signature strategy of the events' frame aggregate (default `'sentry'`)
 * @example
 * driftTables('stats-v2', [{ name: 'june.json', value: june }], ['category', 'outcome']).tables[0].keys;
 */
export function driftTables(
  kind: PayloadKind,
  payloads: readonly NamedPayload[],
  by?: readonly string[],
  strategy: SignatureStrategy = 'sentry',
): DriftTables {
  if (payloads.length === 0) return { tables: [], stats: null, events: null };
  if (kind === 'stats-v2') return statsV2(payloads, by);
  if (kind === 'stats-summary') return statsSummary(payloads, by);
  if (kind === 'event' || kind === 'raw-event') return events(payloads, by, strategy);
  return { tables: lists(kind, payloads), stats: null, events: null };
}
