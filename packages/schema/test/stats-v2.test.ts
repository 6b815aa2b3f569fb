import { describe, expect, it } from 'vitest';
import { checkStatsV2, validate, type StatsV2 } from '../src/index.js';

const H0 = '2026-11-20T00:00:00Z';
const H1 = '2026-11-20T01:00:00Z';
const H2 = '2026-11-20T02:00:00Z';
const H3 = '2026-11-20T03:00:00Z';

function payload(intervals: string[] | undefined, groups: StatsV2['groups']): StatsV2 {
  return { start: H0, end: '2026-11-20T04:00:00Z', ...(intervals ? { intervals } : {}), groups };
}

const group = (by: Record<string, string | number>, series: number[], total = sumOf(series)) => ({
  by,
  totals: { 'sum(quantity)': total },
  series: { 'sum(quantity)': series },
});
const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('checkStatsV2', () => {
  it('accepts a consistent hourly payload and infers the interval', () => {
    const p = payload(
      [H0, H1, H2],
      [group({ outcome: 'accepted' }, [3, 4, 5]), group({ outcome: 'invalid' }, [0, 1, 0])],
    );
    expect(checkStatsV2(p)).toEqual({
      findings: [],
      facts: {
        intervalSeconds: 3600,
        intervals: 3,
        groups: 2,
        groupBy: ['outcome'],
        fields: ['sum(quantity)'],
        truncated: false,
      },
    });
  });

  it('reports a series whose length differs from the intervals', () => {
    const p = payload([H0, H1, H2], [group({ category: 'error' }, [3, 4])]);
    expect(checkStatsV2(p).findings).toEqual([
      {
        pointer: '/groups/0/series/sum(quantity)',
        keyword: 'seriesLength',
        message: 'has 2 points but there are 3 intervals',
      },
    ]);
  });

  it('reports intervals out of order, and infers the step from the others', () => {
    const p = payload([H0, H1, H3, H2], [group({}, [1, 1, 1, 1])]);
    const { findings, facts } = checkStatsV2(p);
    // steps: 3600, 7200, -3600 -> the order problem at 3; 7200 differs from the most common step (a tie: the
    // smaller, 3600, wins)
    expect(findings).toEqual([
      {
        pointer: '/intervals/3',
        keyword: 'intervalOrder',
        message: `${H2} does not come after ${H3}: intervals must be strictly increasing`,
      },
      {
        pointer: '/intervals/2',
        keyword: 'intervalSpacing',
        message: `${H3} is 7200s after the previous interval; the others are 3600s apart`,
      },
    ]);
    expect(facts.intervalSeconds).toBe(3600);
  });

  it('reports uneven intervals against the most common step', () => {
    const p = payload([H0, H1, H2, '2026-11-20T04:00:00Z'], [group({}, [1, 2, 3, 4])]);
    expect(checkStatsV2(p).findings).toEqual([
      {
        pointer: '/intervals/3',
        keyword: 'intervalSpacing',
        message: '2026-11-20T04:00:00Z is 7200s after the previous interval; the others are 3600s apart',
      },
    ]);
  });

  it('has no interval with a single interval', () => {
    expect(checkStatsV2(payload([H0], [group({}, [7])])).facts.intervalSeconds).toBeNull();
  });

  it('names the series truncation when totals exceed the series', () => {
    // 0 + 15 + 25 = 40 < 48
    const { findings, facts } = checkStatsV2(
      payload([H0, H1, H2], [group({ outcome: 'rate_limited' }, [0, 15, 25], 48)]),
    );
    expect(findings).toEqual([
      {
        pointer: '/groups/0/totals/sum(quantity)',
        keyword: 'totals',
        message:
          'is 48 but the series adds up to 40: the series is truncated, a known Sentry issue (getsentry/sentry#124665); totals are complete, the time series is not',
      },
    ]);
    expect(facts.truncated).toBe(true);
  });

  it('reports totals below the series without calling it truncation', () => {
    const { findings, facts } = checkStatsV2(payload([H0, H1], [group({}, [5, 6], 10)]));
    expect(findings).toEqual([
      {
        pointer: '/groups/0/totals/sum(quantity)',
        keyword: 'totals',
        message: 'is 10 but the series adds up to 11',
      },
    ]);
    expect(facts.truncated).toBe(false);
  });

  it('reports a duplicate "by" combination whatever the key order', () => {
    const p = payload(
      [H0],
      [
        group({ outcome: 'accepted', category: 'error' }, [1]),
        group({ category: 'error', outcome: 'accepted' }, [2]),
      ],
    );
    expect(checkStatsV2(p).findings).toEqual([
      {
        pointer: '/groups/1/by',
        keyword: 'duplicateGroup',
        message:
          'the same "by" as /groups/0/by ([["category","error"],["outcome","accepted"]]): counts of one group would be split or doubled',
      },
    ]);
  });

  it('accepts a groupBy=project response without intervals or series', () => {
    const p = payload(undefined, [
      { by: { project: 1 }, totals: { 'sum(times_seen)': 6 } },
      { by: { project: 2 }, totals: { 'sum(times_seen)': 1 } },
    ]);
    expect(checkStatsV2(p)).toEqual({
      findings: [],
      facts: {
        intervalSeconds: null,
        intervals: 0,
        groups: 2,
        groupBy: ['project'],
        fields: ['sum(times_seen)'],
        truncated: false,
      },
    });
  });

  it('reports a group without series when the response has intervals', () => {
    const p = payload([H0], [{ by: { category: 'error' }, totals: { 'sum(quantity)': 3 } }]);
    expect(checkStatsV2(p).findings).toEqual([
      {
        pointer: '/groups/0',
        keyword: 'series',
        message:
          'has no "series" although the response has intervals (only groupBy=project responses have none)',
      },
    ]);
  });

  it('names unknown categories and outcomes as warnings', () => {
    const p = payload([H0], [group({ category: 'trace_item', outcome: 'quarantined' }, [1])]);
    const later = 'newer than this version of sentry-offline, or a typo';
    expect(checkStatsV2(p).findings).toEqual([
      {
        pointer: '/groups/0/by/outcome',
        keyword: 'unknownValue',
        severity: 'warning',
        message: `unknown outcome "quarantined" (known: accepted, filtered, rate_limited, invalid, abuse, client_discard, cardinality_limited): ${later}`,
      },
      {
        pointer: '/groups/0/by/category',
        keyword: 'unknownValue',
        severity: 'warning',
        message: `unknown category "trace_item": ${later}`,
      },
    ]);
  });
});

describe('validate (stats-v2)', () => {
  it('keeps totals warnings as warnings, and makes them errors under strict', () => {
    const p = payload([H0, H1], [group({}, [5, 6], 12)]);
    expect(validate(p).ok).toBe(true);
    expect(validate(p).issues.map((i) => i.severity)).toEqual(['warning']);
    expect(validate(p, { strict: true }).ok).toBe(false);
    expect(validate(p, { strict: true }).issues.map((i) => i.severity)).toEqual(['error']);
  });

  it('rejects a series value that is not a number', () => {
    const p = {
      start: H0,
      end: H1,
      intervals: [H0],
      groups: [{ by: {}, totals: { 'sum(quantity)': 1 }, series: { 'sum(quantity)': ['1'] } }],
    };
    expect(validate(p).issues).toEqual([
      {
        file: '<input>',
        pointer: '/groups/0/series/sum(quantity)/0',
        line: null,
        column: null,
        severity: 'error',
        keyword: 'type',
        message: 'expected integer, found string "1"',
      },
    ]);
  });

  it('rejects negative and fractional counts', () => {
    const p = {
      start: H0,
      end: H1,
      intervals: [H0],
      groups: [{ by: {}, totals: { 'sum(quantity)': -1 }, series: { 'sum(quantity)': [2.5] } }],
    };
    expect(validate(p).issues.map((i) => [i.pointer, i.keyword, i.message])).toEqual([
      ['/groups/0/series/sum(quantity)/0', 'type', 'expected integer, found number 2.5'],
      ['/groups/0/totals/sum(quantity)', 'minimum', '-1 should be >= 0'],
    ]);
  });
});
