import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { rebucket } from '../src/index.js';
import { dropsTable } from './util/drops-table.js';
import { expectTable, tableColumns } from './util/expect-table.js';

const utc = (s: string) => new Date(s);

/** One row per day from 2024-01-27 (a Saturday) to 2024-02-06, quantity = day of the month. */
function daily() {
  const starts = Array.from({ length: 11 }, (_, i) => new Date(Date.UTC(2024, 0, 27 + i)));
  return aq.table({
    category: starts.map(() => 'error'),
    interval_start: starts,
    interval_end: starts.map((s) => new Date(s.getTime() + 86_400_000)),
    quantity: starts.map((s) => s.getUTCDate()),
  });
}

describe('rebucket', () => {
  it('sums hours into UTC days, keeping every other column', () => {
    const t = rebucket(dropsTable().filter((d) => d.project === 1 && d.outcome === 'accepted'));
    expectTable(t, {
      project: [1, 1],
      category: ['error', 'error'],
      outcome: ['accepted', 'accepted'],
      reason: ['none', 'none'],
      interval_start: [utc('2021-03-01T00:00:00Z'), utc('2021-03-02T00:00:00Z')],
      interval_end: [utc('2021-03-02T00:00:00Z'), utc('2021-03-03T00:00:00Z')],
      quantity: [30, 30],
      unit: ['count', 'count'],
    });
  });

  it('starts weeks on Monday 00:00', () => {
    const t = rebucket(daily(), { interval: '1w' });
    // Sat 27 + Sun 28 | Mon 29 .. Sun 4 (29+30+31+1+2+3+4 = 100) | Mon 5 + Tue 6
    expect(tableColumns(t.select('interval_start', 'interval_end', 'quantity'))).toEqual({
      interval_start: [utc('2024-01-22T00:00:00Z'), utc('2024-01-29T00:00:00Z'), utc('2024-02-05T00:00:00Z')],
      interval_end: [utc('2024-01-29T00:00:00Z'), utc('2024-02-05T00:00:00Z'), utc('2024-02-12T00:00:00Z')],
      quantity: [55, 100, 11],
    });
  });

  it('cuts calendar months', () => {
    const t = rebucket(daily(), { interval: '1mo' });
    expect(tableColumns(t.select('interval_start', 'interval_end', 'quantity'))).toEqual({
      interval_start: [utc('2024-01-01T00:00:00Z'), utc('2024-02-01T00:00:00Z')],
      interval_end: [utc('2024-02-01T00:00:00Z'), utc('2024-03-01T00:00:00Z')],
      quantity: [27 + 28 + 29 + 30 + 31, 1 + 2 + 3 + 4 + 5 + 6],
    });
  });

  it('follows daylight saving time: the New York day of 10 March 2024 has 23 hours', () => {
    const starts = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2024, 2, 10, 2 + i)));
    const hourly = aq.table({
      interval_start: starts,
      interval_end: starts.map((s) => new Date(s.getTime() + 3_600_000)),
      quantity: starts.map(() => 1),
    });
    const t = rebucket(hourly, { interval: '1d', timeZone: 'America/New_York' });
    // 10 March local starts 05:00Z (EST) and ends 04:00Z on 11 March (EDT)
    expect(tableColumns(t)).toEqual({
      interval_start: [utc('2024-03-09T05:00:00Z'), utc('2024-03-10T05:00:00Z'), utc('2024-03-11T04:00:00Z')],
      interval_end: [utc('2024-03-10T05:00:00Z'), utc('2024-03-11T04:00:00Z'), utc('2024-03-12T04:00:00Z')],
      quantity: [3, 23, 4],
    });
  });

  for (const interval of ['1h', '1d', '1w', '1mo'] as const) {
    for (const timeZone of ['UTC', 'Europe/Vienna', 'America/New_York', 'Pacific/Auckland']) {
      it(`keeps the sum of quantity (${interval}, ${timeZone})`, () => {
        const input = dropsTable();
        const sum = (t: aq.ColumnTable) => (t.array('quantity') as number[]).reduce((a, b) => a + b, 0);
        const out = rebucket(input, { interval, timeZone });
        expect(sum(out)).toBe(sum(input));
        expect(out.numRows()).toBeLessThanOrEqual(input.numRows());
      });
    }
  }

  it('refuses rows that straddle two buckets', () => {
    const call = () => rebucket(daily(), { interval: '1d', timeZone: 'Asia/Kolkata' });
    expect(call).toThrow(SentryOfflineError);
    expect(call).toThrow(expect.objectContaining({ code: 'report.bucketMisaligned' }));
  });

  it('refuses a table without time columns', () => {
    const call = () => rebucket(aq.table({ category: ['error'], quantity: [1] }));
    expect(call).toThrow(expect.objectContaining({ code: 'report.noTimeColumns' }));
  });
});
