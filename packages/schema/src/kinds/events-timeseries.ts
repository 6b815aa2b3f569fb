import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { toPointer } from '../util/pointer.js';
import { stepFindings } from '../util/step-findings.js';

const timeSeries = {
  type: 'object',
  required: ['values', 'yAxis'],
  properties: {
    yAxis: { type: 'string' },
    values: {
      type: 'array',
      items: {
        type: 'object',
        required: ['timestamp', 'value'],
        properties: {
          timestamp: { type: 'number' },
          value: { type: ['number', 'null'] },
          incomplete: { type: 'boolean' },
        },
      },
    },
    groupBy: {
      type: ['array', 'null'],
      items: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
    },
    meta: {
      type: 'object',
      properties: { interval: { type: 'number' }, valueType: { type: 'string' } },
    },
  },
} as const;

const eventsStats = {
  type: 'object',
  required: ['data'],
  properties: {
    data: {
      type: 'array',
      items: {
        type: 'array',
        items: [
          { type: 'number' },
          {
            type: 'array',
            items: { type: 'object', properties: { count: { type: ['number', 'null'] } } },
          },
        ],
        minItems: 2,
        maxItems: 2,
      },
    },
    start: { type: 'number' },
    end: { type: 'number' },
    order: { type: 'number' },
  },
} as const;

/**
 * JSON Schema of event counts over time, in either of Sentry's shapes: the `/events-timeseries/` response
 * (`{timeSeries: [{yAxis, values: [{timestamp (ms), value, incomplete?}], groupBy?, meta}]}`), or the older
 * `/events-stats/` one: `{data: [[unix_seconds, [{count}]]], start, end}` for one yAxis, the same keyed by yAxis or
 * by top-event group (`{"count()": {data…}, …}`), or keyed by group then yAxis (top events with several yAxis).
 * Unknown properties pass; unlike Sentry's OpenAPI schema, `incomplete` and `meta` may be absent and `value` null.
 */
export const eventsTimeseriesSchema = {
  $id: 'sentry-offline:events-timeseries',
  title: 'events-timeseries',
  type: 'object',
  if: { type: 'object', required: ['timeSeries'], properties: { timeSeries: true } },
  then: {
    type: 'object',
    properties: { timeSeries: { type: 'array', items: timeSeries } },
  },
  else: {
    if: { type: 'object', required: ['data'], properties: { data: true } },
    then: eventsStats,
    else: {
      type: 'object',
      minProperties: 1,
      additionalProperties: {
        if: { type: 'object', required: ['data'], properties: { data: true } },
        then: eventsStats,
        else: {
          type: 'object',
          additionalProperties: { if: { type: 'object' }, then: eventsStats, else: { type: 'number' } },
        },
      },
    },
  },
} as const;

/** Event counts over time (`/events-timeseries/` or `/events-stats/`), typed from {@link eventsTimeseriesSchema}. */
export type EventsTimeseries = FromSchema<typeof eventsTimeseriesSchema>;

/** What validation learns about an events-timeseries payload besides its issues. */
export interface EventsTimeseriesFacts {
  /** `timeSeries` for the `/events-timeseries/` shape, `events-stats` for the older one. */
  format: 'timeSeries' | 'events-stats';
  /** How many series the payload holds (one per yAxis and group). */
  series: number;
  /** How many points all series hold together. */
  points: number;
}

type Point = readonly [number, unknown];
interface Located {
  path: Array<string | number>;
  times: number[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The series of the `/events-stats/` shape: at the root, keyed by yAxis or group, or by group then yAxis. */
function eventsStatsSeries(payload: Record<string, unknown>): Located[] {
  const located = (path: string[], data: readonly Point[]) => ({ path, times: data.map(([ts]) => ts) });
  if (Array.isArray(payload.data)) return [located([], payload.data as Point[])];
  const series: Located[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (!isRecord(value)) continue;
    if (Array.isArray(value.data)) series.push(located([key], value.data as Point[]));
    else {
      for (const [inner, nested] of Object.entries(value)) {
        if (isRecord(nested)) series.push(located([key, inner], nested.data as Point[]));
      }
    }
  }
  return series;
}

/**
 * Checks of a schema-valid events-timeseries payload that JSON Schema cannot express: the timestamps of every
 * series are strictly increasing.
 * @param payload a payload that passed {@link eventsTimeseriesSchema}
 * @example
 * checkEventsTimeseries({ data: [[1700000000, [{ count: 2 }]], [1700003600, [{ count: 0 }]]] }).facts;
 * // { format: 'events-stats', series: 1, points: 2 }
 */
export function checkEventsTimeseries(payload: EventsTimeseries): {
  findings: Finding[];
  facts: EventsTimeseriesFacts;
} {
  const root = payload as Record<string, unknown>;
  const isNew = Array.isArray(root.timeSeries);
  const series: Located[] = isNew
    ? (root.timeSeries as Array<{ values: Array<{ timestamp: number }> }>).map((s, i) => ({
        path: ['timeSeries', i, 'values'],
        times: s.values.map((v) => v.timestamp),
      }))
    : eventsStatsSeries(root);
  const findings: Finding[] = [];
  for (const { path, times } of series) {
    const pointerAt = (i: number) => toPointer(isNew ? [...path, i, 'timestamp'] : [...path, 'data', i, 0]);
    findings.push(...stepFindings(times, pointerAt, { even: false }).findings);
  }
  return {
    findings,
    facts: {
      format: isNew ? 'timeSeries' : 'events-stats',
      series: series.length,
      points: series.reduce((n, s) => n + s.times.length, 0),
    },
  };
}
