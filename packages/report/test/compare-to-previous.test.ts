import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { compareToPrevious } from '../src/index.js';
import { dropsTable } from './util/drops-table.js';
import { expectTable, tableColumns } from './util/expect-table.js';

const p1 = () => dropsTable().filter((d) => d.project === 1);

describe('compareToPrevious', () => {
  it('compares the later half of the intervals with the same length just before', () => {
    // current 00:00Z: accepted 30, rate_limited 10, filtered 2; previous 23:00Z: accepted 20, client_discard 4
    expectTable(compareToPrevious(p1()), {
      category: ['error'],
      unit: ['count'],
      dropped: [10],
      total: [42],
      rate: [10 / 42],
      previous_dropped: [0],
      previous_total: [24],
      previous_rate: [0],
      change_points: [(10 / 42) * 100],
      change_percent: [null],
      previous_complete: [true],
    });
  });

  it('takes an explicit period and says when the data do not reach back far enough', () => {
    const t = compareToPrevious(p1(), {
      start: new Date('2021-03-01T23:00:00Z'),
      end: new Date('2021-03-02T01:00:00Z'),
    });
    // current 23:00-01:00: accepted 50, dropped 10, client_discard 4, filtered 2; previous 21:00-23:00 has 22:00 only
    expect(
      tableColumns(
        t.select(
          'total',
          'rate',
          'previous_total',
          'previous_rate',
          'change_points',
          'change_percent',
          'previous_complete',
        ),
      ),
    ).toEqual({
      total: [66],
      rate: [10 / 66],
      previous_total: [20],
      previous_rate: [0.25],
      change_points: [(10 / 66 - 0.25) * 100],
      change_percent: [((10 / 66 - 0.25) / 0.25) * 100],
      previous_complete: [false],
    });
  });

  it('keeps groups found in one period only', () => {
    const t = compareToPrevious(dropsTable(), { by: ['project', 'category'] });
    expect(
      tableColumns(t.select('project', 'category', 'total', 'rate', 'previous_total', 'previous_rate')),
    ).toEqual({
      project: [1, 2, 2],
      category: ['error', 'attachment', 'error'],
      total: [42, 0, 0],
      rate: [10 / 42, null, null],
      previous_total: [24, 0, 0],
      previous_rate: [0, null, null],
    });
  });

  it('refuses a period edge inside an interval', () => {
    const call = () => compareToPrevious(p1(), { start: new Date('2021-03-01T23:30:00Z') });
    expect(call).toThrow(SentryOfflineError);
    expect(call).toThrow(expect.objectContaining({ code: 'report.periodMisaligned' }));
  });

  it('does not change its input', () => {
    const t = dropsTable();
    const before = tableColumns(t);
    compareToPrevious(t, { by: ['project', 'reason_group'], mixUnits: true });
    expect(tableColumns(t)).toEqual(before);
  });
});
