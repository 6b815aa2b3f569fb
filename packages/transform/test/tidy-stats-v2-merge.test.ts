import { describe, expect, it } from 'vitest';
import type { StatsV2 } from '@sentry-offline/schema';
import { tidyStatsV2 } from '../src/index.js';
import { expectTable } from './util/expect-table.js';

const h = (hour: number) => new Date(`2024-06-01T${String(hour).padStart(2, '0')}:00:00.000Z`);

/** Three hourly intervals listed 00, 02, 01: each series follows that order. */
const payload = (groups: StatsV2['groups']): StatsV2 => ({
  start: '2024-06-01T00:00:00Z',
  end: '2024-06-01T03:00:00Z',
  intervals: ['2024-06-01T00:00:00Z', '2024-06-01T02:00:00Z', '2024-06-01T01:00:00Z'],
  groups,
});

const group = (by: Record<string, string | number>, points: unknown[]) =>
  ({ by, totals: { 'sum(quantity)': 0 }, series: { 'sum(quantity)': points } }) as StatsV2['groups'][number];

describe('tidyStatsV2 merging and ordering of groups', () => {
  it('adds a merged group point by point in time order, intervals out of order', () => {
    const t = tidyStatsV2(
      payload([
        group({ category: 'default', outcome: 'accepted' }, [1, 3, 2]),
        group({ category: 'error', outcome: 'accepted' }, [10, 30, 20]),
      ]),
    );
    expectTable(t.select('category', 'interval_start', 'quantity'), {
      category: ['error', 'error', 'error'],
      interval_start: [h(0), h(1), h(2)],
      quantity: [11, 22, 33],
    });
  });

  it('leaves a point null where a merged group had a padded series', () => {
    const t = tidyStatsV2(
      payload([
        group({ category: 'error', outcome: 'accepted' }, [1, 3, 2]),
        // two points: the 00 and 02 intervals (by position), none for 01
        group({ category: 'security', outcome: 'accepted' }, [10, 30]),
      ]),
      { partialSeries: 'pad' },
    );
    expectTable(t.select('interval_start', 'quantity'), {
      interval_start: [h(0), h(1), h(2)],
      quantity: [11, null, 33],
    });
  });

  it('reads points as numbers the way Number() does, a non-number becoming null', () => {
    const t = tidyStatsV2({
      ...payload([group({ outcome: 'accepted' }, ['4', 'x', 5])]),
      intervals: ['2024-06-01T00:00:00Z', '2024-06-01T01:00:00Z', '2024-06-01T02:00:00Z'],
    });
    expectTable(t.select('quantity'), { quantity: [4, null, 5] });
  });

  it('sorts groups by project: none first, then ids by value, then slugs', () => {
    const t = tidyStatsV2(
      payload(
        ['web', 10, '9', 'api']
          .map((project) => group({ project, outcome: 'accepted' }, [1, 1, 1]))
          .concat(group({ outcome: 'accepted' }, [1, 1, 1])),
      ),
    );
    expect(Array.from(t.array('project') as ArrayLike<unknown>).filter((_, i) => i % 3 === 0)).toEqual([
      null,
      9,
      10,
      'api',
      'web',
    ]);
  });
});
