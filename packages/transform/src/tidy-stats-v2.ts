import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError, type StatsV2 } from '@sentry-offline/schema';
import { quantityUnit } from './quantity-unit.js';
import { asRecord } from './util/as-record.js';
import { readStatsV2Groups } from './util/read-stats-v2-groups.js';
import { readStatsV2Window } from './util/read-stats-v2-window.js';
import { CycleColumn, RepeatColumn } from './util/repeat-column.js';
import { statsV2FieldColumn } from './util/stats-v2-field-column.js';

/** Options of {@link tidyStatsV2}. */
export interface TidyStatsV2Options {
  /**
   * Report categories and reasons the way Sentry's usage stats do (default `true`): `default` and `security` are
   * rolled into `error` and `smart_rate_limit` becomes `spike_protection`, summing groups that then share keys.
   * `false` keeps the payload's values (groups with identical keys are still summed).
   */
  normalise?: boolean;
  /**
   * The step of the time series, in seconds or as `1h`/`1d`/… (default: the gap between the last two intervals).
   * Only needed to end the interval of a one-interval payload; without it that interval ends at the payload's `end`.
   */
  interval?: number | string;
  /**
   * What to do with a series shorter than `intervals` (default `'error'`): `'error'` throws
   * `transform.seriesLength`; `'pad'` places its points from the first interval on, the way Sentry's UI does,
   * and leaves the missing points null. A series longer than `intervals` always throws.
   */
  partialSeries?: 'error' | 'pad';
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

/**
 * Turns a stats-v2 response into a tidy table: one row per group × interval with the columns `project`,
 * `category`, `outcome`, `reason` (null where the response is not grouped by that key), `interval_start`,
 * `interval_end` (UTC Dates), one number column per field (`quantity`, `times_seen`) and `unit` (of `quantity`:
 * `bytes`, `milliseconds` or `count`, null when not grouped by category; `count` when there is only `times_seen`). Zero points stay as rows; a response
 * without series (`groupBy=project`) gives one row per group spanning `[start, end]`. Rows are sorted by
 * project, category, outcome, reason, then time.
 * @param payload a parsed `/stats_v2/` response
 * @param options normalise (default `true`), interval (default: inferred), partialSeries (default `'error'`),
 *   file (default `"<input>"`)
 * @example
 * const t = tidyStatsV2(JSON.parse(text), { file: 'june.json' });
 * t.groupby('outcome').rollup({ quantity: op.sum('quantity') });
 */
export function tidyStatsV2(
  payload: StatsV2,
  { normalise = true, interval, partialSeries = 'error', file = '<input>' }: TidyStatsV2Options = {},
): ColumnTable {
  const record = asRecord(payload);
  if (record !== payload) {
    throw new SentryOfflineError('transform.invalidPayload', `${file}: expected a stats-v2 object`, {
      details: { file },
    });
  }
  const window = readStatsV2Window(record, file, interval);
  const {
    fields,
    groups,
    columns: values,
    withSeries,
  } = readStatsV2Groups(record, {
    file,
    normalise,
    partialSeries,
    intervals: Array.isArray(record.intervals) ? window.starts.length : 0,
    order: window.order,
  });
  // a response without series (groupBy=project) has one value per group, for the whole window
  const starts = (withSeries ? window.starts : [window.start]).map((t) => new Date(t));
  const ends = (withSeries ? window.ends : [window.end]).map((t) => new Date(t));
  const n = starts.length;
  const columns: Record<string, unknown> = {
    project: new RepeatColumn(
      groups.map((g) => g.project),
      n,
    ),
    category: new RepeatColumn(
      groups.map((g) => g.category),
      n,
    ),
    outcome: new RepeatColumn(
      groups.map((g) => g.outcome),
      n,
    ),
    reason: new RepeatColumn(
      groups.map((g) => g.reason),
      n,
    ),
    interval_start: new CycleColumn(starts, groups.length),
    interval_end: new CycleColumn(ends, groups.length),
  };
  fields.forEach((field, f) => {
    columns[statsV2FieldColumn(field)] = values[f].includes(NaN)
      ? Array.from(values[f], (v) => (Number.isNaN(v) ? null : v))
      : values[f];
  });
  // `unit` is the unit of `quantity`; a table of `times_seen` alone counts occurrences, whatever the category
  const unitOf = fields.includes('sum(quantity)') ? quantityUnit : () => 'count';
  columns.unit = new RepeatColumn(
    groups.map((g) => unitOf(g.category)),
    n,
  );
  return aq.table(columns as Parameters<typeof aq.table>[0]);
}
