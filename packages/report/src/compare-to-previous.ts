import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { dropRates, type DropRatesOptions } from './drop-rates.js';
import { compareKeys } from './util/compare-keys.js';
import { timeOf } from './util/time-of.js';

/** Options of {@link compareToPrevious}: those of `dropRates` without time buckets, and the current period. */
export interface CompareToPreviousOptions extends Omit<DropRatesOptions, 'interval' | 'cumulative'> {
  /** Start of the current period (default: the start of the later half of the table's intervals). */
  start?: Date;
  /** End of the current period (default: the latest `interval_end`). */
  end?: Date;
}

type Rates = Map<
  string,
  { keys: unknown[]; unit: unknown; dropped: number; total: number; rate: number | null }
>;

function ratesOf(table: ColumnTable, options: CompareToPreviousOptions, keyNames: string[]): Rates {
  const t = dropRates(table, options);
  const out: Rates = new Map();
  const cols = keyNames.map((k) => t.array(k) as ArrayLike<unknown>);
  const [unit, dropped, total, rate] = ['unit', 'dropped', 'total', 'rate'].map((c) => t.array(c));
  for (let i = 0; i < t.numRows(); i++) {
    const keys = cols.map((c) => c[i]);
    out.set(JSON.stringify(keys), {
      keys,
      unit: unit[i],
      dropped: dropped[i] as number,
      total: total[i] as number,
      rate: rate[i] as number | null,
    });
  }
  return out;
}

function defaultWindow(starts: number[], ends: number[]): [number, number] {
  const distinct = [...new Set(starts)].sort((a, b) => a - b);
  return [distinct[Math.ceil(distinct.length / 2)] ?? distinct[0], Math.max(...ends)];
}

function periodRows(starts: number[], ends: number[], from: number, to: number): number[] {
  const rows: number[] = [];
  starts.forEach((s, i) => {
    if (s >= from && ends[i] <= to) rows.push(i);
    else if (s < to && ends[i] > from) {
      throw new SentryOfflineError(
        'report.periodMisaligned',
        `row ${i} (${new Date(s).toISOString()} to ${new Date(ends[i]).toISOString()}) lies partly inside the ` +
          `period ${new Date(from).toISOString()} to ${new Date(to).toISOString()}: choose start and end on interval edges`,
        { details: { row: i, from: new Date(from), to: new Date(to) } },
      );
    }
  });
  return rows;
}

/**
 * Compares the drop rate of a period with the period of the same length just before it: one row per group with
 * the current `dropped`, `total` and `rate`, the same three `previous_*`, `change_points` (difference of the two
 * rates in percentage points) and `change_percent` (relative change; null when the previous rate is 0 or null),
 * and `previous_complete` (false when the table does not reach back to the previous period's start).
 * @param table a tidy stats table with `interval_start` and `interval_end`
 * @param options start (default: the later half of the intervals), end (default: the last `interval_end`) and
 *   the options of `dropRates`: by (default `['category']`), definition (default `'summary'`), …
 * @returns a new table, rows sorted by the keys
 * @example
 * compareToPrevious(tidyStatsV2(twoWeeks), { by: ['project'], start: new Date('2024-06-08'), end: new Date('2024-06-15') });
 */
export function compareToPrevious(table: ColumnTable, options: CompareToPreviousOptions = {}): ColumnTable {
  if (table.numRows() === 0 || !table.columnNames().includes('interval_start')) {
    throw new SentryOfflineError(
      'report.noTimeColumns',
      'cannot compare periods: the table has no rows with interval_start and interval_end',
      { details: { have: table.columnNames(), rows: table.numRows() } },
    );
  }
  const starts = Array.from(table.array('interval_start') as ArrayLike<unknown>, timeOf);
  const ends = Array.from(table.array('interval_end') as ArrayLike<unknown>, timeOf);
  const [defaultStart, defaultEnd] = defaultWindow(starts, ends);
  const start = options.start ? options.start.getTime() : defaultStart;
  const end = options.end ? options.end.getTime() : defaultEnd;
  const previousStart = start - (end - start);
  const keyNames = dropRates(table.slice(0, 0), options).columnNames();
  const keys = keyNames.slice(0, keyNames.indexOf('unit')).filter((k) => k !== 'reasons');
  const now = ratesOf(table.reify(periodRows(starts, ends, start, end)), options, keys);
  const before = ratesOf(table.reify(periodRows(starts, ends, previousStart, start)), options, keys);
  const ids = [...new Set([...now.keys(), ...before.keys()])];
  const rows = ids
    .map((id) => ({ id, keys: (now.get(id) ?? before.get(id))!.keys }))
    .sort((a, b) => compareKeys(a.keys, b.keys));
  const columns: Record<string, unknown[]> = {};
  keys.forEach((k, j) => (columns[k] = rows.map((r) => r.keys[j])));
  const pick = (m: Rates, f: 'dropped' | 'total') => rows.map((r) => m.get(r.id)?.[f] ?? 0);
  const rate = (m: Rates) => rows.map((r) => m.get(r.id)?.rate ?? null);
  columns.unit = rows.map((r) => (now.get(r.id) ?? before.get(r.id))!.unit);
  columns.dropped = pick(now, 'dropped');
  columns.total = pick(now, 'total');
  columns.rate = rate(now);
  columns.previous_dropped = pick(before, 'dropped');
  columns.previous_total = pick(before, 'total');
  columns.previous_rate = rate(before);
  columns.change_points = columns.rate.map((r, i) => {
    const p = columns.previous_rate[i] as number | null;
    return r === null || p === null ? null : ((r as number) - p) * 100;
  });
  columns.change_percent = columns.rate.map((r, i) => {
    const p = columns.previous_rate[i] as number | null;
    return r === null || p === null || p === 0 ? null : (((r as number) - p) / p) * 100;
  });
  const complete = Math.min(...starts) <= previousStart;
  columns.previous_complete = rows.map(() => complete);
  return aq.table(columns);
}
