import { describe, expect, it } from 'vitest';
import type { StatsV2 } from '@sentry-offline/schema';
import { combineStats } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const h = (hour: number) => new Date(Date.UTC(2024, 5, 1, hour));

/** Hourly accepted errors of one project, starting at `first`, one interval per value. */
function hourly(project: number, first: number, values: number[], category = 'error'): StatsV2 {
  return {
    start: h(first).toISOString(),
    end: h(first + values.length).toISOString(),
    intervals: values.map((_, i) => h(first + i).toISOString()),
    groups: [
      {
        by: { project, category, outcome: 'accepted' },
        totals: { 'sum(quantity)': values.reduce((a, b) => a + b, 0) },
        series: { 'sum(quantity)': values },
      },
    ],
  };
}

describe('combineStats', () => {
  it('counts identical overlapping rows once', () => {
    // hours 0-2 and 1-3 agree on hours 1 and 2
    const { table, conflicts } = combineStats([hourly(1, 0, [1, 2, 3]), hourly(1, 1, [2, 3, 4])]);
    expectTable(table.select('interval_start', 'quantity'), {
      interval_start: [h(0), h(1), h(2), h(3)],
      quantity: [1, 2, 3, 4],
    });
    expect(conflicts.numRows()).toBe(0);
  });

  it('stitches other projects and categories side by side, sorted by keys then time', () => {
    const { table } = combineStats([hourly(2, 0, [5]), hourly(1, 0, [7]), hourly(1, 0, [9], 'transaction')]);
    expectTable(table.select('project', 'category', 'quantity'), {
      project: [1, 1, 2],
      category: ['error', 'transaction', 'error'],
      quantity: [7, 9, 5],
    });
  });

  it('reports conflicting overlaps with both sources and never sums them', () => {
    const { table, conflicts } = combineStats([
      { name: 'early.json', payload: hourly(1, 0, [1, 2]) },
      { name: 'late.json', payload: hourly(1, 1, [5, 6]) },
    ]);
    expectTable(table.select('interval_start', 'quantity'), {
      interval_start: [h(0), h(1), h(2)],
      quantity: [1, 2, 6],
    });
    expectTable(conflicts, {
      project: [1],
      category: ['error'],
      outcome: ['accepted'],
      reason: [null],
      interval_start: [h(1)],
      kept_source: ['early.json'],
      other_source: ['late.json'],
      kept_interval_end: [h(2)],
      other_interval_end: [h(2)],
      kept_quantity: [2],
      other_quantity: [5],
    });
  });

  it('keeps the last payload of a conflict with prefer: last', () => {
    const { table, conflicts } = combineStats([hourly(1, 0, [1, 2]), hourly(1, 1, [5, 6])], {
      prefer: 'last',
    });
    expect(table.array('quantity')).toEqual([1, 5, 6]);
    expect(conflicts.array('kept_source')).toEqual(['#2']);
    expect(conflicts.array('other_quantity')).toEqual([2]);
  });

  it('reports rows of the same start but another length (daily against hourly) as conflicts', () => {
    const daily: StatsV2 = {
      ...hourly(1, 0, [3]),
      intervals: [h(0).toISOString()],
      end: h(24).toISOString(),
    };
    const { conflicts } = combineStats([hourly(1, 0, [3, 0]), daily], { interval: '1d' });
    expect(conflicts.array('kept_interval_end')).toEqual([h(1)]);
    expect(conflicts.array('other_interval_end')).toEqual([h(24)]);
  });

  it('gives a column to every field of any payload, null where a payload lacks it', () => {
    const seen = hourly(1, 5, [4]);
    seen.groups[0].totals = { 'sum(times_seen)': 2 };
    seen.groups[0].series = { 'sum(times_seen)': [2] };
    const { table } = combineStats([hourly(1, 0, [1]), seen]);
    expectTable(table.select('quantity', 'times_seen'), { quantity: [1, null], times_seen: [null, 2] });
  });

  it('never mutates its inputs', () => {
    const a = deepFreeze(hourly(1, 0, [1, 2]));
    const b = deepFreeze(hourly(1, 1, [5, 6]));
    combineStats([a, { name: 'b', payload: b }]);
    expect(a).toEqual(hourly(1, 0, [1, 2]));
  });

  it('names the source in the errors of a payload that cannot be tidied', () => {
    const bad = hourly(1, 0, [1, 2]);
    bad.groups[0].series!['sum(quantity)'] = [1];
    expect(() => combineStats([{ name: 'bad.json', payload: bad }])).toThrow(/bad\.json/);
  });
});
