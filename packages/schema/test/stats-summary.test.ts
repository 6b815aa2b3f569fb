import { describe, expect, it } from 'vitest';
import { checkStatsSummary, validate, type StatsSummary } from '../src/index.js';

type Stat = StatsSummary['projects'][number]['stats'][number];

const summary = (...stats: Stat[]): StatsSummary => ({
  start: '2026-11-22T00:00:00Z',
  end: '2026-11-22T23:59:00Z',
  projects: [{ id: 7, slug: 'web', stats }],
});

const outcomes = {
  accepted: 100,
  filtered: 4,
  rate_limited: 10,
  invalid: 2,
  abuse: 1,
  client_discard: 8,
  cardinality_limited: 5,
};
// all outcomes: 100 + 4 + 10 + 2 + 1 + 8 + 5 = 130
// invalid + rate_limited + cardinality_limited = 17; invalid + rate_limited = 12

describe('checkStatsSummary', () => {
  it('accepts totals that add up, with dropped by the current definition', () => {
    const p = summary({ category: 'error', outcomes, totals: { dropped: 17, 'sum(quantity)': 130 } });
    expect(checkStatsSummary(p)).toEqual({
      findings: [],
      facts: {
        projects: 1,
        categories: ['error'],
        fields: ['sum(quantity)'],
        droppedDefinitions: ['invalid+rate_limited+cardinality_limited'],
      },
    });
  });

  it('accepts dropped by the older definition and says so in facts', () => {
    const p = summary({ category: 'span', outcomes, totals: { dropped: 12, 'sum(quantity)': 130 } });
    const { findings, facts } = checkStatsSummary(p);
    expect(findings).toEqual([]);
    expect(facts.droppedDefinitions).toEqual(['invalid+rate_limited']);
  });

  it('keeps both definitions when cardinality_limited cannot tell them apart', () => {
    const p = summary({
      category: 'error',
      outcomes: { accepted: 6, rate_limited: 1, invalid: 0 },
      totals: { dropped: 1, 'sum(quantity)': 7 },
    });
    expect(checkStatsSummary(p).facts.droppedDefinitions).toEqual([
      'invalid+rate_limited+cardinality_limited',
      'invalid+rate_limited',
    ]);
  });

  it('reports a dropped that matches neither definition, giving both sums', () => {
    const p = summary({ category: 'error', outcomes, totals: { dropped: 18, 'sum(quantity)': 130 } });
    const { findings, facts } = checkStatsSummary(p);
    expect(findings).toEqual([
      {
        pointer: '/projects/0/stats/0/totals/dropped',
        keyword: 'dropped',
        message:
          "is 18 but matches neither of Sentry's definitions: invalid + rate_limited + cardinality_limited = 17, invalid + rate_limited = 12",
      },
    ]);
    expect(facts.droppedDefinitions).toEqual([]);
  });

  it('reports categories that disagree on the definition as agreeing on none', () => {
    const p = summary(
      { category: 'error', outcomes, totals: { dropped: 17, 'sum(quantity)': 130 } },
      { category: 'span', outcomes, totals: { dropped: 12, 'sum(quantity)': 130 } },
    );
    expect(checkStatsSummary(p)).toMatchObject({ findings: [], facts: { droppedDefinitions: [] } });
  });

  it('reports totals that differ from the sum of the outcomes', () => {
    const p = summary({
      category: 'error',
      outcomes: { accepted: 6, rate_limited: 1 },
      totals: { dropped: 1, 'sum(times_seen)': 8 },
    });
    expect(checkStatsSummary(p).findings).toEqual([
      {
        pointer: '/projects/0/stats/0/totals/sum(times_seen)',
        keyword: 'totals',
        message: '"sum(times_seen)" is 8 but the outcomes add up to 7',
      },
    ]);
  });

  it('compares the outcomes with both fields added when both are present', () => {
    // Sentry adds each field's value to the outcome, so the outcomes hold 6 + 6
    const both = {
      category: 'error',
      outcomes: { accepted: 12 },
      totals: { 'sum(quantity)': 6, 'sum(times_seen)': 6 },
    };
    expect(checkStatsSummary(summary(both)).findings).toEqual([]);
    const off = { ...both, outcomes: { accepted: 6 } };
    expect(checkStatsSummary(summary(off)).findings).toEqual([
      {
        pointer: '/projects/0/stats/0/totals',
        keyword: 'totals',
        message: '"sum(quantity)" + "sum(times_seen)" is 12 but the outcomes add up to 6',
      },
    ]);
  });

  it('needs no dropped when only accepted was asked for', () => {
    const p = summary({ category: 'error', outcomes: { accepted: 5 }, totals: { 'sum(quantity)': 5 } });
    expect(checkStatsSummary(p)).toEqual({
      findings: [],
      facts: { projects: 1, categories: ['error'], fields: ['sum(quantity)'], droppedDefinitions: [] },
    });
  });

  it('names unknown categories and outcomes as warnings', () => {
    const p = summary({
      category: 'profile_chunk_v2',
      outcomes: { accepted: 3, quarantined: 1 },
      totals: { 'sum(quantity)': 4 },
    });
    const later = 'newer than this version of sentry-offline, or a typo';
    expect(checkStatsSummary(p).findings).toEqual([
      {
        pointer: '/projects/0/stats/0/category',
        keyword: 'unknownValue',
        severity: 'warning',
        message: `unknown category "profile_chunk_v2": ${later}`,
      },
      {
        pointer: '/projects/0/stats/0/outcomes/quarantined',
        keyword: 'unknownValue',
        severity: 'warning',
        message: `unknown outcome "quarantined" (known: accepted, filtered, rate_limited, invalid, abuse, client_discard, cardinality_limited): ${later}`,
      },
    ]);
  });
});

describe('validate (stats-summary)', () => {
  it('accepts a project id as a number or a string, and no slug', () => {
    const stats = [{ category: 'error', outcomes: { accepted: 1 }, totals: { 'sum(quantity)': 1 } }];
    const p = {
      start: '2026-11-22T00:00:00Z',
      end: '2026-11-23T00:00:00Z',
      projects: [
        { id: '1', slug: 'a', stats },
        { id: 2, stats },
      ],
    };
    expect(validate(p)).toMatchObject({ ok: true, kind: 'stats-summary', issues: [] });
  });

  it('rejects a project id that is neither', () => {
    const p = {
      start: '2026-11-22T00:00:00Z',
      end: '2026-11-23T00:00:00Z',
      projects: [{ id: null, stats: [] }],
    };
    expect(validate(p).issues.map((i) => [i.pointer, i.keyword, i.message])).toEqual([
      ['/projects/0/id', 'type', 'expected integer or string, found null'],
    ]);
  });

  it('makes the dropped warning an error under strict', () => {
    const p = summary({
      category: 'error',
      outcomes: { rate_limited: 2 },
      totals: { dropped: 1, 'sum(quantity)': 2 },
    });
    expect(validate(p).ok).toBe(true);
    expect(validate(p, { strict: true })).toMatchObject({
      ok: false,
      issues: [{ pointer: '/projects/0/stats/0/totals/dropped', severity: 'error', keyword: 'dropped' }],
    });
  });
});
