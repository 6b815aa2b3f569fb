import { describe, expect, it } from 'vitest';
import { SentryOfflineError, type StatsV2 } from '@sentry-offline/schema';
import { tidyStatsV2 } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const d = (iso: string) => new Date(iso);
const sum = (values: ArrayLike<unknown>) =>
  Array.from(values as ArrayLike<number>).reduce((a, b) => a + b, 0);
const h = (hour: number) => d(`2024-06-01T${String(hour).padStart(2, '0')}:00:00.000Z`);

/** Two hourly intervals; groups given in a non-canonical order; a raw `default` category and reason. */
const hourly = (): StatsV2 => ({
  start: '2024-06-01T00:00:00Z',
  end: '2024-06-01T01:30:00Z',
  intervals: ['2024-06-01T00:00:00Z', '2024-06-01T01:00:00Z'],
  groups: [
    {
      by: { outcome: 'rate_limited', category: 'error', reason: 'smart_rate_limit' },
      totals: { 'sum(quantity)': 5 },
      series: { 'sum(quantity)': [2, 3] },
    },
    {
      by: { outcome: 'accepted', category: 'error', reason: 'none' },
      totals: { 'sum(quantity)': 10 },
      series: { 'sum(quantity)': [4, 6] },
    },
    {
      by: { outcome: 'accepted', category: 'default', reason: 'none' },
      totals: { 'sum(quantity)': 1 },
      series: { 'sum(quantity)': [0, 1] },
    },
    {
      by: { outcome: 'accepted', category: 'attachment', reason: 'none' },
      totals: { 'sum(quantity)': 2048 },
      series: { 'sum(quantity)': [0, 2048] },
    },
  ],
});

describe('tidyStatsV2', () => {
  it('gives one row per group × interval, normalised, merged and sorted by keys then time', () => {
    expectTable(tidyStatsV2(hourly()), {
      project: [null, null, null, null, null, null],
      category: ['attachment', 'attachment', 'error', 'error', 'error', 'error'],
      outcome: ['accepted', 'accepted', 'accepted', 'accepted', 'rate_limited', 'rate_limited'],
      reason: ['none', 'none', 'none', 'none', 'spike_protection', 'spike_protection'],
      interval_start: [h(0), h(1), h(0), h(1), h(0), h(1)],
      interval_end: [h(1), h(2), h(1), h(2), h(1), h(2)],
      // error/accepted = error [4, 6] + default [0, 1]
      quantity: [0, 2048, 4, 7, 2, 3],
      unit: ['bytes', 'bytes', 'count', 'count', 'count', 'count'],
    });
  });

  it('keeps raw categories and reasons with normalise: false', () => {
    const t = tidyStatsV2(hourly(), { normalise: false });
    expectTable(t.select('category', 'reason', 'quantity'), {
      category: ['attachment', 'attachment', 'default', 'default', 'error', 'error', 'error', 'error'],
      reason: ['none', 'none', 'none', 'none', 'none', 'none', 'smart_rate_limit', 'smart_rate_limit'],
      quantity: [0, 2048, 0, 1, 4, 6, 2, 3],
    });
  });

  it('has rows = groups × intervals before normalisation and keeps the sum of quantity', () => {
    const payload = hourly();
    const raw = tidyStatsV2(payload, { normalise: false });
    expect(raw.numRows()).toBe(payload.groups.length * payload.intervals!.length);
    const total = payload.groups.reduce((s, g) => s + g.totals['sum(quantity)'], 0);
    expect(sum(raw.array('quantity'))).toBe(total);
    const normalised = tidyStatsV2(payload);
    expect(sum(normalised.array('quantity'))).toBe(total);
  });

  it('never mutates its input', () => {
    const payload = deepFreeze(hourly());
    tidyStatsV2(payload);
    expect(payload).toEqual(hourly());
  });

  it('gives a project-grouped response without series one row per group spanning the window', () => {
    const payload: StatsV2 = {
      start: '2021-03-14T00:00:00Z',
      end: '2021-03-14T12:28:00Z',
      groups: [
        { by: { project: 2 }, totals: { 'sum(times_seen)': 1 } },
        { by: { project: '1' }, totals: { 'sum(times_seen)': 6 } },
      ],
    };
    expectTable(tidyStatsV2(payload), {
      project: [1, 2],
      category: [null, null],
      outcome: [null, null],
      reason: [null, null],
      interval_start: [d('2021-03-14T00:00:00Z'), d('2021-03-14T00:00:00Z')],
      interval_end: [d('2021-03-14T12:28:00Z'), d('2021-03-14T12:28:00Z')],
      times_seen: [6, 1],
      unit: ['count', 'count'],
    });
  });

  it('gives one column per field, quantity first', () => {
    const payload: StatsV2 = {
      start: '2024-06-01T00:00:00Z',
      end: '2024-06-01T02:00:00Z',
      intervals: ['2024-06-01T00:00:00Z', '2024-06-01T01:00:00Z'],
      groups: [
        {
          by: { category: 'profile_duration' },
          totals: { 'sum(times_seen)': 3, 'sum(quantity)': 900 },
          series: { 'sum(times_seen)': [1, 2], 'sum(quantity)': [300, 600] },
        },
      ],
    };
    expectTable(tidyStatsV2(payload).select('quantity', 'times_seen', 'unit'), {
      quantity: [300, 600],
      times_seen: [1, 2],
      unit: ['milliseconds', 'milliseconds'],
    });
  });

  it('gives unit count to a times_seen-only table, attachments included (they count attachments)', () => {
    const payload: StatsV2 = {
      start: '2024-06-01T00:00:00Z',
      end: '2024-06-01T01:00:00Z',
      intervals: ['2024-06-01T00:00:00Z'],
      groups: [
        {
          by: { category: 'attachment' },
          totals: { 'sum(times_seen)': 2 },
          series: { 'sum(times_seen)': [2] },
        },
      ],
    };
    expectTable(tidyStatsV2(payload).select('times_seen', 'unit'), { times_seen: [2], unit: ['count'] });
  });

  describe('the end of the last interval', () => {
    const one = (): StatsV2 => ({
      start: '2021-03-14T00:00:00Z',
      end: '2021-03-14T12:28:00Z',
      intervals: ['2021-03-14T00:00:00Z'],
      groups: [{ by: {}, totals: { 'sum(quantity)': 6 }, series: { 'sum(quantity)': [6] } }],
    });

    it('is one step after its start, not the clipped end', () => {
      const t = tidyStatsV2(hourly());
      expect(t.get('interval_end', 1)).toEqual(h(2));
    });

    it('is the interval option after its start for a one-interval payload', () => {
      expect(tidyStatsV2(one(), { interval: '1d' }).get('interval_end', 0)).toEqual(
        d('2021-03-15T00:00:00Z'),
      );
      expect(tidyStatsV2(one(), { interval: 3600 }).get('interval_end', 0)).toEqual(
        d('2021-03-14T01:00:00Z'),
      );
    });

    it('is the payload end for a one-interval payload without the interval option', () => {
      expect(tidyStatsV2(one()).get('interval_end', 0)).toEqual(d('2021-03-14T12:28:00Z'));
    });

    it('rejects an interval option that is not a duration', () => {
      expect(() => tidyStatsV2(one(), { interval: '1 day' })).toThrow(
        expect.objectContaining({ code: 'transform.invalidOption' }),
      );
    });
  });

  describe('series that do not match the intervals', () => {
    const short = (): StatsV2 => ({
      start: '2021-01-01T00:00:00Z',
      end: '2021-01-04T00:00:00Z',
      intervals: ['2021-01-01T00:00:00Z', '2021-01-02T00:00:00Z', '2021-01-03T00:00:00Z'],
      groups: [
        { by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 3 }, series: { 'sum(quantity)': [1, 2] } },
        {
          by: { outcome: 'invalid' },
          totals: { 'sum(quantity)': 3 },
          series: { 'sum(quantity)': [1, 1, 1] },
        },
      ],
    });

    it('throws transform.seriesLength for a short series by default', () => {
      let error: unknown;
      try {
        tidyStatsV2(short(), { file: 'short.json' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SentryOfflineError);
      expect(error).toMatchObject({
        code: 'transform.seriesLength',
        details: { pointer: '/groups/0/series/sum(quantity)' },
      });
    });

    it('places the points from the first interval on and leaves the rest null with partialSeries: pad', () => {
      expectTable(tidyStatsV2(short(), { partialSeries: 'pad' }).select('outcome', 'quantity'), {
        outcome: ['accepted', 'accepted', 'accepted', 'invalid', 'invalid', 'invalid'],
        quantity: [1, 2, null, 1, 1, 1],
      });
    });

    it('throws transform.seriesLength for a series longer than the intervals, even with pad', () => {
      const long = short();
      long.groups[1].series!['sum(quantity)'] = [1, 1, 1, 0];
      expect(() => tidyStatsV2(long, { partialSeries: 'pad' })).toThrow(
        expect.objectContaining({ code: 'transform.seriesLength' }),
      );
    });

    it('throws transform.missingSeries when only some groups have a series', () => {
      const mixed = short();
      delete mixed.groups[0].series;
      expect(() => tidyStatsV2(mixed)).toThrow(expect.objectContaining({ code: 'transform.missingSeries' }));
    });

    it('throws transform.missingField when a series lacks a field other groups have', () => {
      const mixed = short();
      mixed.groups[0].series = { 'sum(times_seen)': [1, 1, 1] };
      expect(() => tidyStatsV2(mixed)).toThrow(expect.objectContaining({ code: 'transform.missingField' }));
    });
  });

  it('sorts intervals saved out of order, each point following its interval', () => {
    const payload: StatsV2 = {
      start: '2024-06-01T00:00:00Z',
      end: '2024-06-01T03:00:00Z',
      intervals: ['2024-06-01T00:00:00Z', '2024-06-01T02:00:00Z', '2024-06-01T01:00:00Z'],
      groups: [{ by: {}, totals: { 'sum(quantity)': 6 }, series: { 'sum(quantity)': [1, 3, 2] } }],
    };
    expectTable(tidyStatsV2(payload).select('interval_start', 'interval_end', 'quantity'), {
      interval_start: [h(0), h(1), h(2)],
      interval_end: [h(1), h(2), h(3)],
      quantity: [1, 2, 3],
    });
  });

  it('throws transform.intervalOrder for an interval listed twice', () => {
    const payload = hourly();
    payload.intervals = ['2024-06-01T01:00:00Z', '2024-06-01T01:00:00Z'];
    expect(() => tidyStatsV2(payload)).toThrow(
      expect.objectContaining({
        code: 'transform.intervalOrder',
        details: expect.objectContaining({ pointer: '/intervals/1' }),
      }),
    );
  });

  it('throws transform.invalidPayload for a payload without groups or dates', () => {
    expect(() => tidyStatsV2({ start: 'x', end: 'y', groups: [] } as StatsV2)).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
    expect(() => tidyStatsV2([] as unknown as StatsV2)).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
  });

  it('gives an empty table with every column for a payload without groups', () => {
    const t = tidyStatsV2({ start: '2021-03-14T00:00:00Z', end: '2021-03-14T12:28:00Z', groups: [] });
    expect(t.numRows()).toBe(0);
    expect(t.columnNames()).toEqual([
      'project',
      'category',
      'outcome',
      'reason',
      'interval_start',
      'interval_end',
      'unit',
    ]);
  });
});
