import { describe, expect, it } from 'vitest';
import type { EventsTimeseries } from '@sentry-offline/schema';
import { tidyEventsTimeseries } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const t0 = Date.UTC(2025, 2, 1, 0);
const t1 = Date.UTC(2025, 2, 1, 1);

const timeSeries = (): EventsTimeseries => ({
  timeSeries: [
    {
      yAxis: 'count()',
      groupBy: [
        { key: 'transaction', value: '/api' },
        { key: 'project', value: 'web' },
      ],
      values: [
        { timestamp: t0, value: 3, incomplete: false },
        { timestamp: t1, value: 1, incomplete: true },
      ],
      meta: { valueType: 'integer', valueUnit: null, interval: 3600000 },
    },
    {
      yAxis: 'count()',
      groupBy: [{ key: 'transaction', value: '/home' }],
      values: [{ timestamp: t0, value: null }],
      meta: { valueType: 'integer', valueUnit: null, interval: 3600000 },
    },
  ],
  meta: { dataset: 'spans', start: t0, end: t1 },
});

describe('tidyEventsTimeseries', () => {
  it('gives one row per series × point of a timeSeries response, a column per groupBy key', () => {
    expectTable(tidyEventsTimeseries(timeSeries()), {
      series: ['transaction:/api, project:web', 'transaction:/api, project:web', 'transaction:/home'],
      y_axis: ['count()', 'count()', 'count()'],
      timestamp: [new Date(t0), new Date(t1), new Date(t0)],
      value: [3, 1, null],
      incomplete: [false, true, null],
      interval: [3600000, 3600000, 3600000],
      value_type: ['integer', 'integer', 'integer'],
      value_unit: [null, null, null],
      by_transaction: ['/api', '/api', '/home'],
      by_project: ['web', 'web', null],
    });
  });

  it('reads the older events-stats shape, timestamps in seconds', () => {
    const payload = {
      data: [
        [t0 / 1000, [{ count: 4 }]],
        [t1 / 1000, [{ count: 0 }]],
      ],
      start: t0 / 1000,
    };
    expectTable(tidyEventsTimeseries(payload).select('series', 'y_axis', 'timestamp', 'value'), {
      series: [null, null],
      y_axis: [null, null],
      timestamp: [new Date(t0), new Date(t1)],
      value: [4, 0],
    });
  });

  it('takes the y axis of a one-axis events-stats response from meta.fields', () => {
    const payload = {
      data: [[t0 / 1000, [{ count: 4 }]]],
      meta: { fields: { time: 'date', 'count()': 'integer' } },
    };
    expect(tidyEventsTimeseries(payload).array('y_axis')).toEqual(['count()']);
  });

  it('reads events-stats keyed by y axis, by top-events group, and by group then y axis', () => {
    const axes = {
      'count()': { data: [[t0 / 1000, [{ count: 2 }]]], order: 0 },
      'p95(transaction.duration)': { data: [[t0 / 1000, [{ count: 250 }]]], order: 1 },
    };
    expectTable(tidyEventsTimeseries(axes).select('series', 'y_axis', 'value'), {
      series: [null, null],
      y_axis: ['count()', 'p95(transaction.duration)'],
      value: [2, 250],
    });
    const groups = { 'web,TypeError': { data: [[t0 / 1000, [{ count: 4 }]]], order: 0 } };
    expectTable(tidyEventsTimeseries(groups).select('series', 'y_axis', 'value'), {
      series: ['web,TypeError'],
      y_axis: [null],
      value: [4],
    });
    const nested = { '/api': { 'count()': { data: [[t0 / 1000, [{ count: 5 }]]] }, order: 0 } };
    expectTable(tidyEventsTimeseries(nested).select('series', 'y_axis', 'value'), {
      series: ['/api'],
      y_axis: ['count()'],
      value: [5],
    });
  });

  it('puts the points of a series in time order and labels the Other series', () => {
    const payload = {
      timeSeries: [
        {
          yAxis: 'count()',
          meta: { isOther: true },
          values: [
            { timestamp: t1, value: 2 },
            { timestamp: t0, value: 1 },
          ],
        },
      ],
    };
    expectTable(tidyEventsTimeseries(payload).select('series', 'timestamp', 'value'), {
      series: ['Other', 'Other'],
      timestamp: [new Date(t0), new Date(t1)],
      value: [1, 2],
    });
  });

  it('never mutates its input', () => {
    const input = deepFreeze(timeSeries());
    tidyEventsTimeseries(input);
    expect(input).toEqual(timeSeries());
  });

  it('throws transform.invalidPayload for an object of neither shape', () => {
    expect(() => tidyEventsTimeseries({ foo: 1 })).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
  });
});
