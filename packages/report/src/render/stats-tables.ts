import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { isSentryOfflineError } from '@sentry-offline/schema';
import type { DefinitionName, DropDefinition } from '../definitions.js';
import { dropRates } from '../drop-rates.js';
import { rebucket } from '../rebucket.js';
import type { HealthNote } from '../stats-health.js';
import type { BucketInterval } from '../util/bucket-bounds.js';
import { pickInterval } from './util/pick-interval.js';
import type { ReportData } from './report-data.js';

type StatsPart = Pick<
  ReportData,
  | 'interval'
  | 'usage'
  | 'usageTotals'
  | 'dropRates'
  | 'dropRatesOverTime'
  | 'dropRatesByProject'
  | 'dropReasons'
>;

const EMPTY: StatsPart = {
  interval: null,
  usage: null,
  usageTotals: null,
  dropRates: null,
  dropRatesOverTime: null,
  dropRatesByProject: null,
  dropReasons: null,
};

/** Runs one table computation; a `SentryOfflineError` becomes a warning note and a null table. */
function attempt(notes: HealthNote[], what: string, compute: () => ColumnTable): ColumnTable | null {
  try {
    return compute();
  } catch (error) {
    if (!isSentryOfflineError(error)) throw error;
    notes.push({
      file: '<report>',
      severity: 'warning',
      code: error.code,
      message: `${what}: ${error.message}`,
    });
    return null;
  }
}

function sumBy(table: ColumnTable, keys: string[], value: string): ColumnTable {
  return table
    .groupby(keys.filter((k) => table.columnNames().includes(k)))
    .rollup({ quantity: aq.op.sum(value) })
    .orderby(...keys.filter((k) => table.columnNames().includes(k)));
}

/** True when rows name a project (`project`, or `project_id` in stats-summary tables). */
function hasProjects(table: ColumnTable): boolean {
  const column = ['project', 'project_id'].find((c) => table.columnNames().includes(c));
  if (column === undefined) return false;
  return Array.from(table.array(column) as ArrayLike<unknown>).some((v) => v !== null);
}

function dropReasons(table: ColumnTable, definition: DefinitionName | DropDefinition): ColumnTable {
  return dropRates(table, { by: ['category', 'reason_group'], definition })
    .filter((d: { dropped: number; other: number }) => d.dropped > 0 || d.other > 0)
    .derive({
      share: (d: { dropped: number; other: number; total: number }) =>
        d.total > 0 ? (d.dropped + d.other) / d.total : null,
    })
    .select('category', 'reason_group', 'reasons', 'unit', 'dropped', 'other', 'total', 'share')
    .orderby(aq.desc('share'), 'category', 'reason_group');
}

/**
 * The stats tables of a report: usage per bucket and over the window, drop rates by category, over time and by
 * project, and the reasons that kept data out. A table that cannot be computed (no outcome column, mixed units)
 * is null, and a warning note says why.
 */
export function statsTables(
  stats: ColumnTable | null | undefined,
  definition: DefinitionName | DropDefinition,
  requested: BucketInterval | null | undefined,
  notes: HealthNote[],
): StatsPart {
  if (!stats || stats.numRows() === 0) return EMPTY;
  const value = stats.columnNames().includes('quantity') ? 'quantity' : 'times_seen';
  const interval = requested === undefined ? pickInterval(stats) : requested;
  const bucketed = interval
    ? attempt(notes, 'usage over time', () => rebucket(stats, { interval, values: [value] }))
    : null;
  const timed = bucketed !== null && interval !== null;
  return {
    interval: timed ? interval : null,
    usage: timed
      ? sumBy(bucketed, ['interval_start', 'interval_end', 'category', 'unit', 'outcome'], value)
      : null,
    usageTotals: sumBy(stats, ['category', 'unit', 'outcome'], value).filter(
      (d: { quantity: number }) => d.quantity !== 0,
    ),
    dropRates: attempt(notes, 'drop rates', () => dropRates(stats, { by: ['category'], definition })),
    dropRatesOverTime: timed
      ? attempt(notes, 'drop rates over time', () =>
          dropRates(stats, { by: ['category'], definition, interval }),
        )
      : null,
    dropRatesByProject: hasProjects(stats)
      ? attempt(notes, 'drop rates by project', () =>
          dropRates(stats, { by: ['project', 'category'], definition }),
        )
      : null,
    dropReasons: stats.columnNames().includes('reason')
      ? attempt(notes, 'drop reasons', () => dropReasons(stats, definition))
      : null,
  };
}
