import { describe, expect, it } from 'vitest';
import {
  assertValid,
  isSentryOfflineError,
  MAX_ISSUES,
  SentryOfflineError,
  validate,
  validateText,
} from '../src/index.js';

const T = 1795305600;
const summary = { start: '2026-11-22T00:00:00Z', end: '2026-11-23T00:00:00Z', projects: [] };
const H = (h: number) => `2026-11-20T0${h}:00:00Z`;

describe('validate', () => {
  it('returns the kind, no issues and the facts of a valid payload', () => {
    expect(
      validate([
        [T, 1],
        [T + 60, 2],
      ]),
    ).toEqual({
      ok: true,
      kind: 'stats-series',
      issues: [],
      omitted: 0,
      value: [
        [T, 1],
        [T + 60, 2],
      ],
      facts: { points: 2, intervalSeconds: 60, total: 3 },
    });
  });

  it('keeps warnings as warnings, and turns them into errors under strict', () => {
    const series = [
      [T, 1],
      [T + 60, -1],
    ];
    const warning = {
      file: 'a.json',
      pointer: '/1/1',
      line: null,
      column: null,
      severity: 'warning',
      keyword: 'negativeCount',
      message: 'count -1 is negative: counts of events cannot be',
    };
    expect(validate(series, { file: 'a.json' })).toMatchObject({ ok: true, issues: [warning] });
    expect(validate(series, { file: 'a.json', strict: true })).toMatchObject({
      ok: false,
      issues: [{ ...warning, severity: 'error' }],
    });
  });

  it('says what the payload looks like when it is not the kind asked for', () => {
    expect(validate(summary, { kind: 'stats-v2' })).toMatchObject({
      ok: false,
      kind: 'stats-v2',
      issues: [
        {
          pointer: '',
          severity: 'error',
          keyword: 'kind',
          message:
            'expected a stats-v2 payload, but this looks like stats-summary (has projects with start/end)',
        },
      ],
    });
  });

  it('reports a payload of no known kind as one error', () => {
    expect(validate({ hello: 1 })).toMatchObject({
      ok: false,
      kind: null,
      issues: [{ pointer: '', keyword: 'kind', severity: 'error' }],
    });
    expect(validate({ hello: 1 }).issues[0].message).toMatch(
      /^cannot tell the payload kind: an object with keys hello/,
    );
  });

  it('keeps the first 50 issues in pointer order and counts the rest', () => {
    const series = Array.from({ length: 60 }, (_, i) => [T + 60 * i, 'n']);
    const { issues, omitted, ok } = validate(series);
    expect(MAX_ISSUES).toBe(50);
    expect({ ok, kept: issues.length, omitted }).toEqual({ ok: false, kept: 50, omitted: 10 });
    // numeric segments sort as numbers: /2/1 before /10/1, and the last kept is /49/1
    expect(issues.slice(0, 3).map((i) => i.pointer)).toEqual(['/0/1', '/1/1', '/2/1']);
    expect(issues[10].pointer).toBe('/10/1');
    expect(issues[49].pointer).toBe('/49/1');
  });

  it('sorts the findings of a check by place, not in the order they were found', () => {
    // checkStatsV2 finds the order problem at /intervals/3 before the spacing one at /intervals/2
    const p = {
      start: H(0),
      end: H(4),
      intervals: [H(0), H(1), H(3), H(2)],
      groups: [{ by: {}, totals: { 'sum(quantity)': 4 }, series: { 'sum(quantity)': [1, 1, 1, 1] } }],
    };
    expect(validate(p).issues.map((i) => [i.pointer, i.keyword])).toEqual([
      ['/intervals/2', 'intervalSpacing'],
      ['/intervals/3', 'intervalOrder'],
    ]);
  });

  it('does not change its input', () => {
    const p = { start: H(0), end: H(1), intervals: [H(1), H(0)], groups: [] };
    const copy = structuredClone(p);
    validate(p, { strict: true });
    expect(p).toEqual(copy);
  });
});

describe('validateText', () => {
  it('gives every issue its line and column', () => {
    const text = '[\n  [1795305600, 1],\n  [1795305660, "2"]\n]';
    expect(validateText('s.json', text).issues).toEqual([
      {
        file: 's.json',
        pointer: '/1/1',
        line: 3,
        column: 16,
        severity: 'error',
        keyword: 'type',
        message: 'expected number, found string "2"',
      },
    ]);
  });

  it('reports a syntax error with its place and the kind asked for, if any', () => {
    expect(validateText('s.json', '[[1795305600, 1],')).toMatchObject({
      ok: false,
      kind: null,
      omitted: 0,
      issues: [{ file: 's.json', line: 1, column: 18, keyword: 'syntax' }],
    });
    expect(validateText('s.json', '[[1795305600, 1],', { kind: 'stats-series' }).kind).toBe('stats-series');
  });
});

describe('assertValid', () => {
  it('returns the kind of a valid payload', () => {
    expect(assertValid(summary)).toBe('stats-summary');
  });

  it('throws schema.invalidPayload with the issues', () => {
    let thrown: unknown;
    try {
      assertValid(
        [
          [T, 'x'],
          [T + 60, 'y'],
        ],
        { file: 's.json' },
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SentryOfflineError);
    expect(isSentryOfflineError(thrown) && thrown.code).toBe('schema.invalidPayload');
    const details = (thrown as SentryOfflineError).details as {
      kind: string;
      issues: unknown[];
      omitted: number;
    };
    expect({ kind: details.kind, issues: details.issues.length, omitted: details.omitted }).toEqual({
      kind: 'stats-series',
      issues: 2,
      omitted: 0,
    });
  });

  it('throws for a warning only under strict', () => {
    const series = [
      [T, 1],
      [T + 60, -1],
    ];
    expect(assertValid(series)).toBe('stats-series');
    expect(() => assertValid(series, { strict: true })).toThrow(SentryOfflineError);
  });
});
