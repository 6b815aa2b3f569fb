import { describe, expect, it } from 'vitest';
import { checkEventsTimeseries, validate, type EventsTimeseries } from '../src/index.js';

const T = 1795305600; // 2026-11-22T00:00:00Z, seconds
const M = T * 1000; // the same in milliseconds
const points = (...counts: number[]) => counts.map((count, i) => [T + 3600 * i, [{ count }]]);

describe('checkEventsTimeseries', () => {
  it('counts the series and points of the /events-timeseries/ shape', () => {
    const p = {
      timeSeries: [
        {
          yAxis: 'count()',
          values: [
            { timestamp: M, value: 1 },
            { timestamp: M + 3600000, value: null },
          ],
        },
        { yAxis: 'p95(span.duration)', values: [{ timestamp: M, value: 12.5, incomplete: true }] },
      ],
    };
    expect(checkEventsTimeseries(p)).toEqual({
      findings: [],
      facts: { format: 'timeSeries', series: 2, points: 3 },
    });
  });

  it('reports a timestamp out of order in a timeSeries series', () => {
    const p = {
      timeSeries: [
        { yAxis: 'count()', values: [{ timestamp: M, value: 1 }] },
        {
          yAxis: 'count()',
          values: [
            { timestamp: M + 7200000, value: 1 },
            { timestamp: M + 3600000, value: 2 },
          ],
        },
      ],
    };
    expect(checkEventsTimeseries(p).findings).toEqual([
      {
        pointer: '/timeSeries/1/values/1/timestamp',
        keyword: 'timestampOrder',
        message: `${M + 3600000} does not come after ${M + 7200000}: timestamps must be strictly increasing`,
      },
    ]);
  });

  it('reads the events-stats shape at the root, keyed by yAxis, and keyed by group then yAxis', () => {
    const root = { data: points(1, 2, 3), start: T, end: T + 10800 };
    const keyed = { 'count()': { data: points(1, 2), order: 0 }, 'p50()': { data: points(4, 5), order: 1 } };
    const nested = {
      'web,TypeError': { order: 0, 'count()': { data: points(1) }, 'p50()': { data: points(9) } },
      Other: { order: 1, 'count()': { data: points(2) }, 'p50()': { data: points(7) } },
    };
    expect(checkEventsTimeseries(root).facts).toEqual({ format: 'events-stats', series: 1, points: 3 });
    expect(checkEventsTimeseries(keyed).facts).toEqual({ format: 'events-stats', series: 2, points: 4 });
    expect(checkEventsTimeseries(nested as EventsTimeseries).facts).toEqual({
      format: 'events-stats',
      series: 4,
      points: 4,
    });
  });

  it('reports a timestamp out of order in a keyed events-stats series, at its place', () => {
    const p = {
      'count()': {
        data: [
          [T, [{ count: 1 }]],
          [T, [{ count: 2 }]],
        ],
      },
    };
    expect(checkEventsTimeseries(p).findings).toEqual([
      {
        pointer: '/count()/data/1/0',
        keyword: 'timestampOrder',
        message: `${T} does not come after ${T}: timestamps must be strictly increasing`,
      },
    ]);
  });
});

describe('validate (events-timeseries)', () => {
  it('detects and accepts each shape', () => {
    const shapes = [
      { timeSeries: [{ yAxis: 'count()', values: [{ timestamp: M, value: 3, incomplete: false }] }] },
      { data: points(1, 2) },
      { 'count()': { data: points(1) }, 'failure_rate()': { data: points(0) } },
      { 'web,TypeError': { order: 0, 'count()': { data: points(1) } } },
    ];
    expect(shapes.map((p) => [validate(p).kind, validate(p).ok])).toEqual([
      ['events-timeseries', true],
      ['events-timeseries', true],
      ['events-timeseries', true],
      ['events-timeseries', true],
    ]);
  });

  it('rejects a point whose counts are not a list, and a value that is a string', () => {
    expect(validate({ data: [[T, 4]] }).issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/data/0/1', 'expected array, found number 4'],
    ]);
    const p = { timeSeries: [{ yAxis: 'count()', values: [{ timestamp: M, value: '3' }] }] };
    expect(validate(p).issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/timeSeries/0/values/0/value', 'expected number or null, found string "3"'],
    ]);
  });
});
