import { describe, expect, it } from 'vitest';
import { checkStatsSeries, validate } from '../src/index.js';

const T = 1795305600; // 2026-11-22T00:00:00Z

describe('checkStatsSeries', () => {
  it('infers the interval and adds up the counts', () => {
    expect(
      checkStatsSeries([
        [T, 12],
        [T + 3600, 9],
        [T + 7200, 0],
      ]),
    ).toEqual({
      findings: [],
      facts: { points: 3, intervalSeconds: 3600, total: 21 },
    });
  });

  it('reports a gap against the most common step', () => {
    // steps 3600, 3600, 7200
    expect(
      checkStatsSeries([
        [T, 1],
        [T + 3600, 1],
        [T + 7200, 1],
        [T + 14400, 1],
      ]).findings,
    ).toEqual([
      {
        pointer: '/3/0',
        keyword: 'timestampSpacing',
        message: `${T + 14400} is 7200s after the previous point; the others are 3600s apart`,
      },
    ]);
  });

  it('reports a repeated or earlier timestamp', () => {
    expect(
      checkStatsSeries([
        [T, 1],
        [T + 86400, 2],
        [T + 86400, 3],
      ]).findings,
    ).toEqual([
      {
        pointer: '/2/0',
        keyword: 'timestampOrder',
        message: `${T + 86400} does not come after ${T + 86400}: timestamps must be strictly increasing`,
      },
    ]);
  });

  it('reports a negative count', () => {
    const { findings, facts } = checkStatsSeries([
      [T, 4],
      [T + 60, -2],
    ]);
    expect(findings).toEqual([
      {
        pointer: '/1/1',
        keyword: 'negativeCount',
        message: 'count -2 is negative: counts of events cannot be',
      },
    ]);
    expect(facts).toEqual({ points: 2, intervalSeconds: 60, total: 2 });
  });

  it('has no interval for a single point', () => {
    expect(checkStatsSeries([[T, 4]]).facts).toEqual({ points: 1, intervalSeconds: null, total: 4 });
  });
});

describe('validate (stats-series)', () => {
  it('rejects points that are not [timestamp, count] pairs', () => {
    const issues = validate([[T, 1], [T + 60], [T + 120, '3']], { kind: 'stats-series' }).issues;
    expect(issues.map((i) => [i.pointer, i.keyword, i.message])).toEqual([
      ['/1', 'minItems', 'a list of 1 should have at least 2 items'],
      ['/2/1', 'type', 'expected number, found string "3"'],
    ]);
  });

  it('makes a gap an error under strict', () => {
    const series = [
      [T, 1],
      [T + 60, 1],
      [T + 180, 1],
      [T + 240, 1],
    ];
    expect(validate(series).ok).toBe(true);
    expect(validate(series, { strict: true }).issues.map((i) => [i.pointer, i.severity])).toEqual([
      ['/2/0', 'error'],
    ]);
  });
});
