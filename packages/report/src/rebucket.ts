import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { bucketLookup, type BucketInterval } from './util/bucket-bounds.js';
import { checkInterval } from './util/check-interval.js';
import { misalignedError } from './util/misaligned-error.js';
import { checkTimeZone } from './util/wall-clock.js';
import { timeOf } from './util/time-of.js';

/** Options of {@link rebucket}. */
export interface RebucketOptions {
  /** The new bucket: `1h`, `1d`, `1w` (ISO weeks, Monday 00:00 to Monday 00:00) or `1mo` (default `'1d'`). */
  interval?: BucketInterval;
  /** IANA time zone whose wall clock draws the bucket edges (default `'UTC'`). */
  timeZone?: string;
  /** Numeric columns that are summed (default `['quantity', 'times_seen']`, those present). */
  values?: readonly string[];
}

/** Names of the time columns of a tidy stats table. */
const TIME_COLUMNS = ['interval_start', 'interval_end'] as const;

/**
 * Sums the rows of a tidy stats table (from `tidyStatsV2`) into coarser time buckets, in UTC or an IANA time
 * zone; every other column is a key. Sums are kept: each row falls in exactly one bucket, and a row that
 * straddles two (a daily row in a `+05:30` zone, a whole-window `groupBy=project` row) is refused with
 * `report.bucketMisaligned` rather than split by guesswork.
 * @param table rows with `interval_start` and `interval_end` (Dates)
 * @param options interval (default `'1d'`), timeZone (default `'UTC'`), values (default `['quantity', 'times_seen']`)
 * @returns a new table with the same columns, one row per key and bucket
 * @example
 * rebucket(tidyStatsV2(hourly), { interval: '1w', timeZone: 'Europe/Vienna' });
 */
export function rebucket(
  table: ColumnTable,
  { interval = '1d', timeZone = 'UTC', values = ['quantity', 'times_seen'] }: RebucketOptions = {},
): ColumnTable {
  checkInterval(interval);
  checkTimeZone(timeZone);
  const names = table.columnNames();
  for (const name of TIME_COLUMNS) {
    if (!names.includes(name)) {
      throw new SentryOfflineError(
        'report.noTimeColumns',
        `cannot re-bucket a table without "${name}" (have: ${names.join(', ')}); stats-summary tables have no time`,
        { details: { have: names } },
      );
    }
  }
  const valueNames = names.filter((n) => values.includes(n));
  const keyNames = names.filter(
    (n) => !valueNames.includes(n) && !(TIME_COLUMNS as readonly string[]).includes(n),
  );
  const keys = keyNames.map((n) => table.array(n) as ArrayLike<unknown>);
  const sums = valueNames.map((n) => table.array(n) as ArrayLike<number>);
  const starts = table.array('interval_start') as ArrayLike<unknown>;
  const ends = table.array('interval_end') as ArrayLike<unknown>;

  const boundsOf = bucketLookup(interval, timeZone);
  const index = new Map<string, number>();
  const outKeys: unknown[][] = keyNames.map(() => []);
  const outSums: number[][] = valueNames.map(() => []);
  const outStart: Date[] = [];
  const outEnd: Date[] = [];
  for (let i = 0; i < table.numRows(); i++) {
    const start = timeOf(starts[i]);
    const [bucketStart, bucketEnd] = boundsOf(start);
    const end = timeOf(ends[i]);
    if (end > bucketEnd) throw misalignedError(i, start, end, interval, timeZone);
    const keyValues = keys.map((k) => k[i]);
    const id = JSON.stringify([...keyValues, bucketStart]);
    let at = index.get(id);
    if (at === undefined) {
      at = outStart.length;
      index.set(id, at);
      keyValues.forEach((v, k) => outKeys[k].push(v));
      outSums.forEach((s) => s.push(0));
      outStart.push(new Date(bucketStart));
      outEnd.push(new Date(bucketEnd));
    }
    for (let v = 0; v < sums.length; v++) outSums[v][at] += sums[v][i];
  }
  const columns: Record<string, unknown[]> = {};
  for (const name of names) {
    const k = keyNames.indexOf(name);
    const v = valueNames.indexOf(name);
    if (k >= 0) columns[name] = outKeys[k];
    else if (v >= 0) columns[name] = outSums[v];
    else columns[name] = name === 'interval_start' ? outStart : outEnd;
  }
  return aq.table(columns);
}
