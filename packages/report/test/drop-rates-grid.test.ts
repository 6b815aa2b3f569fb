import { describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError, type StatsV2 } from '@sentry-offline/schema';
import { tidyStatsV2 } from '@sentry-offline/transform';
import { dropRates, type DropRatesOptions } from '../src/index.js';
import { tableColumns } from './util/expect-table.js';
import { gridTable, plainTable } from './util/grid-table.js';

const hours = ['21', '22', '23', '00', '01', '02'].map((h, i) => `2024-03-${i < 3 ? 30 : 31}T${h}:00:00Z`);

/**
 * Six hours across the spring-forward night in Vienna (2024-03-31 01:00Z): day 30 March holds the first two,
 * day 31 March (23 hours long there) the last four. `default` merges into `error`; one project is a slug, one
 * group has no project and one no reason.
 */
const payload = (): StatsV2 => {
  const group = (by: Record<string, string | number>, points: number[]) => ({
    by,
    totals: { 'sum(quantity)': points.reduce((a, b) => a + b, 0) },
    series: { 'sum(quantity)': points },
  });
  return {
    start: hours[0],
    end: '2024-03-31T03:00:00Z',
    intervals: hours,
    groups: [
      group({ project: 1, category: 'error', outcome: 'accepted', reason: 'none' }, [1, 2, 3, 4, 5, 6]),
      group({ project: 1, category: 'default', outcome: 'accepted', reason: 'none' }, [10, 0, 0, 0, 0, 10]),
      group(
        { project: 1, category: 'error', outcome: 'rate_limited', reason: 'smart_rate_limit' },
        [0, 1, 0, 2, 0, 3],
      ),
      group(
        { project: 2, category: 'attachment', outcome: 'accepted', reason: 'none' },
        [100, 0, 0, 0, 0, 0],
      ),
      group({ project: 2, category: 'attachment', outcome: 'filtered' }, [0, 0, 50, 0, 0, 0]),
      group(
        { project: 'backend', category: 'error', outcome: 'client_discard', reason: 'sample_rate' },
        [1, 1, 1, 1, 1, 1],
      ),
      group({ category: 'error', outcome: 'accepted', reason: 'none' }, [7, 0, 0, 0, 0, 0]),
    ],
  } as StatsV2;
};

/** The result of a report as plain columns, or its error's code and details. */
function outcome(table: ColumnTable, options: DropRatesOptions): unknown {
  try {
    return tableColumns(dropRates(table, options));
  } catch (e) {
    expect(e).toBeInstanceOf(SentryOfflineError);
    return { code: (e as SentryOfflineError).code, details: (e as SentryOfflineError).details };
  }
}

const day30 = new Date('2024-03-29T23:00:00Z');
const day31 = new Date('2024-03-30T23:00:00Z');
const day32 = new Date('2024-03-31T22:00:00Z');

describe('dropRates on tidyStatsV2 tables (read per group and interval)', () => {
  it('sums by category and Vienna day across the DST change', () => {
    const t = dropRates(tidyStatsV2(payload()), { interval: '1d', timeZone: 'Europe/Vienna' });
    // error, 30 March: accepted 1+2 + 10 + 7 = 20, rate_limited 1, client_discard 2 (other)
    expect(
      tableColumns(
        t.select(
          'category',
          'interval_start',
          'interval_end',
          'unit',
          'accepted',
          'dropped',
          'other',
          'total',
        ),
      ),
    ).toEqual({
      category: ['attachment', 'attachment', 'error', 'error'],
      interval_start: [day30, day31, day30, day31],
      interval_end: [day31, day32, day31, day32],
      unit: ['bytes', 'bytes', 'count', 'count'],
      accepted: [100, 0, 20, 28],
      dropped: [0, 0, 1, 5],
      other: [0, 50, 2, 4],
      total: [100, 50, 23, 37],
    });
  });

  it('runs the sums on from the first day with cumulative', () => {
    const t = dropRates(tidyStatsV2(payload()), {
      interval: '1d',
      timeZone: 'Europe/Vienna',
      cumulative: true,
    }).filter((d) => d.category === 'error');
    expect(tableColumns(t.select('accepted', 'dropped', 'other', 'total'))).toEqual({
      accepted: [20, 48],
      dropped: [1, 6],
      other: [2, 6],
      total: [23, 60],
    });
  });

  it('gives the same table as the same rows held as plain arrays, for every grouping and bucket', () => {
    const grid = tidyStatsV2(payload());
    const plain = plainTable(grid);
    const filtered = grid.filter(() => true);
    const bys = [
      ['category'],
      ['project', 'category'],
      ['outcome'],
      ['project', 'reason'],
      ['reason_group'],
      ['project', 'reason_group'],
      ['interval_start', 'category'],
    ];
    let compared = 0;
    for (const by of bys) {
      for (const interval of [undefined, '1h', '1d', '1w', '1mo'] as const) {
        for (const timeZone of interval ? ['UTC', 'Europe/Vienna', 'Asia/Kolkata'] : ['UTC']) {
          for (const cumulative of interval ? [false, true] : [false]) {
            for (const mixUnits of [false, true]) {
              const options = {
                by,
                interval,
                timeZone,
                cumulative,
                mixUnits,
                definition: 'usage-page' as const,
              };
              const expected = outcome(plain, options);
              expect(outcome(grid, options)).toEqual(expected);
              expect(outcome(filtered, options)).toEqual(expected);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(7 * (2 + 4 * 3 * 2 * 2));
  });
});

describe('dropRates on tables read per block', () => {
  // blocks of two steps: project 1 accepted [1, 2], '1' accepted [3, 4], null rate_limited [5, 6], 1 rate_limited [7, 8]
  const keyed = () =>
    gridTable(
      2,
      {
        project: [1, '1', null, 1],
        category: ['error', 'error', 'error', 'error'],
        outcome: ['accepted', 'accepted', 'rate_limited', 'rate_limited'],
        unit: ['count', 'count', 'count', 'count'],
      },
      {},
      { quantity: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8) },
    );

  it('keeps 1, "1" and null apart as keys, null first and 1 before "1" (first seen)', () => {
    const t = dropRates(keyed(), { by: ['project'] });
    expect(tableColumns(t.select('project', 'accepted', 'dropped', 'total', 'share_of_org_total'))).toEqual({
      project: [null, 1, '1'],
      accepted: [0, 3, 7],
      dropped: [11, 15, 0],
      total: [11, 18, 7],
      share_of_org_total: [11 / 36, 18 / 36, 7 / 36],
    });
    expect(tableColumns(t)).toEqual(tableColumns(dropRates(plainTable(keyed()), { by: ['project'] })));
  });

  it('groups equal Dates of different blocks as one key', () => {
    const t = gridTable(
      1,
      {
        day: [
          new Date('2024-01-01T00:00:00Z'),
          new Date('2024-01-02T00:00:00Z'),
          new Date('2024-01-01T00:00:00Z'),
        ],
        outcome: ['accepted', 'accepted', 'invalid'],
        unit: ['count', 'count', 'count'],
      },
      {},
      { quantity: [1, 2, 4] },
    );
    expect(tableColumns(dropRates(t, { by: ['day'] }).select('day', 'dropped', 'total'))).toEqual({
      day: [new Date('2024-01-01T00:00:00Z'), new Date('2024-01-02T00:00:00Z')],
      dropped: [4, 0],
      total: [5, 2],
    });
  });

  it('counts null values as 0', () => {
    const t = gridTable(
      2,
      { outcome: ['accepted', 'invalid'], unit: ['count', 'count'] },
      {},
      { quantity: [1, null, null, 5] },
    );
    expect(tableColumns(dropRates(t, { by: ['outcome'] }).select('outcome', 'dropped', 'total'))).toEqual({
      outcome: ['accepted', 'invalid'],
      dropped: [0, 5],
      total: [6, 6],
    });
  });

  it('names the same first bad row as a row-by-row reading does', () => {
    const starts = ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', '2024-01-01T02:00:00Z'].map(
      (s) => new Date(s),
    );
    const ends = [starts[1], new Date('2024-01-01T03:00:00Z'), new Date('2024-01-01T03:00:00Z')];
    const noOutcome = gridTable(
      3,
      { outcome: ['accepted', null], unit: ['count', 'count'] },
      { interval_start: starts, interval_end: [starts[1], starts[2], ends[2]] },
      { quantity: [1, 2, 3, 4, 5, 6] },
    );
    // step 1 of every block runs two hours: no 1h bucket holds it
    const misaligned = gridTable(
      3,
      { outcome: ['accepted', null], unit: ['count', 'count'] },
      { interval_start: starts, interval_end: ends },
      { quantity: [1, 2, 3, 4, 5, 6] },
    );
    // row 0 has no outcome and runs three hours: its outcome is checked first
    const both = gridTable(
      3,
      { outcome: [null, 'accepted'], unit: ['count', 'count'] },
      { interval_start: starts, interval_end: [ends[2], ends[2], ends[2]] },
      { quantity: [1, 2, 3, 4, 5, 6] },
    );
    for (const [table, code, row] of [
      [noOutcome, 'report.noOutcome', 3],
      [misaligned, 'report.bucketMisaligned', 1],
      [both, 'report.noOutcome', 0],
    ] as const) {
      const options = { interval: '1h', by: ['outcome'] } as const;
      expect(outcome(table, options)).toMatchObject({ code, details: { row } });
      expect(outcome(table, options)).toEqual(outcome(plainTable(table), options));
    }
  });
});
