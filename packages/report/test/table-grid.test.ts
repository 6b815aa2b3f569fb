import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { tidyStatsV2 } from '@sentry-offline/transform';
import { tableGrid } from '../src/util/table-grid.js';
import { gridTable } from './util/grid-table.js';

const hourly = () =>
  tidyStatsV2({
    start: '2024-06-01T00:00:00Z',
    end: '2024-06-01T02:00:00Z',
    intervals: ['2024-06-01T00:00:00Z', '2024-06-01T01:00:00Z'],
    groups: [
      {
        by: { outcome: 'accepted', category: 'error' },
        totals: { 'sum(quantity)': 3 },
        series: { 'sum(quantity)': [1, 2] },
      },
      {
        by: { outcome: 'invalid', category: 'error' },
        totals: { 'sum(quantity)': 4 },
        series: { 'sum(quantity)': [4, 0] },
      },
      {
        by: { outcome: 'accepted', category: 'span' },
        totals: { 'sum(quantity)': 9 },
        series: { 'sum(quantity)': [0, 9] },
      },
    ],
  } as never);

describe('tableGrid', () => {
  it('reads a tidyStatsV2 table per group and per interval', () => {
    const grid = tableGrid(hourly(), ['category', 'outcome', 'unit'], ['interval_start', 'interval_end']);
    expect([grid.blocks, grid.steps]).toEqual([3, 2]);
    // sorted by category, then outcome
    expect(Array.from(grid.block('outcome'))).toEqual(['accepted', 'invalid', 'accepted']);
    expect(Array.from(grid.step('interval_start')!)).toEqual([
      new Date('2024-06-01T00:00:00Z'),
      new Date('2024-06-01T01:00:00Z'),
    ]);
    expect(Array.from(grid.rows('quantity'))).toEqual([1, 2, 4, 0, 0, 9]);
  });

  it('reads any other table per row', () => {
    const plain = aq.table({ outcome: ['accepted', 'invalid'], quantity: [1, 2] });
    const grid = tableGrid(plain, ['outcome']);
    expect([grid.blocks, grid.steps, grid.step('interval_start')]).toEqual([2, 1, null]);
    expect(Array.from(grid.block('outcome'))).toEqual(['accepted', 'invalid']);
  });

  it('falls back to rows when the table is filtered or ordered, a block column varies in a block, or sizes differ', () => {
    const rowsOf = (t: Parameters<typeof tableGrid>[0], block: string[], step: string[] = []) => {
      const grid = tableGrid(t, block, step);
      return [grid.blocks, grid.steps];
    };
    expect(
      rowsOf(
        hourly().filter((d) => d.quantity > 0),
        ['outcome'],
      ),
    ).toEqual([4, 1]);
    expect(
      Array.from(
        tableGrid(
          hourly().filter((d) => d.quantity > 0),
          ['outcome'],
        ).block('quantity'),
      ),
    ).toEqual([1, 2, 4, 9]);
    expect(rowsOf(hourly().orderby('quantity'), ['outcome'])).toEqual([6, 1]);
    // interval_start cycles: it is not one value per group
    expect(rowsOf(hourly(), ['outcome', 'interval_start'])).toEqual([6, 1]);
    const mixed = gridTable(
      2,
      { outcome: ['accepted', 'invalid'] },
      { interval_start: [1, 2, 3] },
      { quantity: [1, 2, 3, 4] },
    );
    expect(rowsOf(mixed, ['outcome'], ['interval_start'])).toEqual([4, 1]);
    expect(rowsOf(mixed, ['outcome'])).toEqual([2, 2]);
  });
});
