import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError, type EventsTimeseries } from '@sentry-offline/schema';
import { asRecord } from './util/as-record.js';
import { numberOrNull } from './util/number-or-null.js';
import { textOrNull } from './util/text-or-null.js';

/** Options of {@link tidyEventsTimeseries}. */
export interface TidyEventsTimeseriesOptions {
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

type Point = { timestamp: Date; value: number | null; incomplete: boolean | null };
type Series = {
  series: string | null;
  yAxis: string | null;
  by: [string, string | null][];
  points: Point[];
  meta: Record<string, unknown>;
};

// a key like `count()`, `p95(transaction.duration)` or `equation|…` names a y axis, not a top-events group
const Y_AXIS = /^(\w+\(.*\)|equation\|.*)$/;

/** Points in time order (a stable sort: equal timestamps keep their order). */
function byTime(points: Point[]): Point[] {
  return points.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || 0);
}

function fromTimeSeries(list: unknown[]): Series[] {
  return list.map((raw) => {
    const s = asRecord(raw);
    const by = (Array.isArray(s.groupBy) ? s.groupBy : []).map((g): [string, string | null] => {
      const pair = asRecord(g);
      return [String(pair.key), textOrNull(pair.value)];
    });
    const points = (Array.isArray(s.values) ? s.values : []).map((v) => {
      const p = asRecord(v);
      const ms = numberOrNull(p.timestamp);
      return {
        timestamp: new Date(ms ?? NaN),
        value: numberOrNull(p.value),
        incomplete: typeof p.incomplete === 'boolean' ? p.incomplete : null,
      };
    });
    const meta = asRecord(s.meta);
    const label = by.length ? by.map(([k, v]) => `${k}:${v}`).join(', ') : null;
    const series = label ?? (meta.isOther === true ? 'Other' : null);
    return { series, yAxis: textOrNull(s.yAxis), by, points: byTime(points), meta };
  });
}

/** `[[unix_seconds, [{ count }]], …]` of the older `/events-stats/` response. */
function statsPoints(data: unknown[]): Point[] {
  const points = data.map((raw) => {
    const [ts, counts] = Array.isArray(raw) ? raw : [];
    const values = (Array.isArray(counts) ? counts : []).map((c) => numberOrNull(asRecord(c).count));
    const value =
      values.length && values.every((v) => v !== null) ? values.reduce((a, b) => a! + b!, 0) : null;
    return { timestamp: new Date((numberOrNull(ts) ?? NaN) * 1000), value, incomplete: null };
  });
  return byTime(points);
}

function namedSeries(name: string, data: unknown[], yAxis: string | null = null): Series {
  const axis = yAxis ?? (Y_AXIS.test(name) ? name : null);
  return { series: axis === name ? null : name, yAxis: axis, by: [], points: statsPoints(data), meta: {} };
}

function fromEventsStats(record: Record<string, unknown>): Series[] | null {
  if (Array.isArray(record.data)) {
    // a one-axis response names its axis only in meta.fields, beside `time`
    const axes = Object.keys(asRecord(asRecord(record.meta).fields)).filter((f) => f !== 'time');
    const yAxis = axes.length === 1 ? axes[0] : null;
    return [{ series: null, yAxis, by: [], points: statsPoints(record.data), meta: {} }];
  }
  const out: Series[] = [];
  for (const [name, value] of Object.entries(record)) {
    const inner = asRecord(value);
    if (Array.isArray(inner.data)) {
      out.push(namedSeries(name, inner.data));
      continue;
    }
    for (const [yAxis, leaf] of Object.entries(inner)) {
      const data = asRecord(leaf).data;
      if (Array.isArray(data)) out.push(namedSeries(name, data, yAxis));
    }
  }
  return out.length ? out : null;
}

/**
 * Turns an events time series into a table, one row per series × point (in time order): `series` (the group's
 * label `key:value, …`, `Other`, or the group name of an older top-events response; null when not grouped),
 * `y_axis` (an older response's keys that look like functions, `count()`, are y axes), `timestamp` (UTC Date), `value`,
 * `incomplete`, `interval` (the series' `meta.interval`, as given), `value_type`, `value_unit`, then one
 * `by_<key>` column per groupBy key. Reads both `/events-timeseries/` (`timeSeries[]`, timestamps in ms) and the
 * older `/events-stats/` (`data: [[unix_seconds, [{ count }]]]`, plain or keyed by series name).
 * @param payload a parsed events time series response
 * @param options file (default `"<input>"`)
 * @example
 * tidyEventsTimeseries(JSON.parse(text)).groupby('series').rollup({ total: op.sum('value') });
 */
export function tidyEventsTimeseries(
  payload: EventsTimeseries,
  { file = '<input>' }: TidyEventsTimeseriesOptions = {},
): ColumnTable {
  const record = asRecord(payload);
  const list = Array.isArray(record.timeSeries) ? fromTimeSeries(record.timeSeries) : fromEventsStats(record);
  if (list === null) {
    throw new SentryOfflineError(
      'transform.invalidPayload',
      `${file}: expected "timeSeries" (events-timeseries) or "data" pairs (events-stats)`,
      { details: { file, pointer: '' } },
    );
  }
  const keys = [...new Set(list.flatMap((s) => s.by.map(([k]) => k)))];
  const columns: Record<string, unknown[]> = {};
  const add = (name: string, pick: (s: Series, p: Point) => unknown) =>
    (columns[name] = list.flatMap((s) => s.points.map((p) => pick(s, p))));
  add('series', (s) => s.series);
  add('y_axis', (s) => s.yAxis);
  add('timestamp', (_, p) => (Number.isNaN(p.timestamp.getTime()) ? null : p.timestamp));
  add('value', (_, p) => p.value);
  add('incomplete', (_, p) => p.incomplete);
  add('interval', (s) => numberOrNull(s.meta.interval));
  add('value_type', (s) => textOrNull(s.meta.valueType));
  add('value_unit', (s) => textOrNull(s.meta.valueUnit));
  for (const key of keys) add(`by_${key}`, (s) => s.by.find(([k]) => k === key)?.[1] ?? null);
  return aq.table(columns);
}
