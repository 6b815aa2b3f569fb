import { op } from 'arquero';
import { describe, expect, it } from 'vitest';
import type { StatsSummary } from '@sentry-offline/schema';
import { tidyStatsSummary } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const payload = (): StatsSummary => ({
  start: '2024-06-01T00:00:00Z',
  end: '2024-06-02T00:00:00Z',
  projects: [
    {
      id: '7',
      slug: 'web',
      stats: [
        {
          category: 'error',
          outcomes: { accepted: 5, rate_limited: 2 },
          totals: { dropped: 2, 'sum(quantity)': 7 },
        },
        {
          category: 'security',
          outcomes: { accepted: 1, rate_limited: 0 },
          totals: { dropped: 0, 'sum(quantity)': 1 },
        },
      ],
    },
    {
      id: 3,
      slug: 'api',
      stats: [
        {
          category: 'attachment',
          outcomes: { accepted: 4096, invalid: 10 },
          totals: { dropped: 10, 'sum(quantity)': 4106 },
        },
      ],
    },
  ],
});

describe('tidyStatsSummary', () => {
  it('gives one outcomes row per project × category × outcome, security rolled into error', () => {
    const { outcomes } = tidyStatsSummary(payload());
    expectTable(outcomes, {
      project_id: [3, 3, 7, 7],
      project_slug: ['api', 'api', 'web', 'web'],
      category: ['attachment', 'attachment', 'error', 'error'],
      outcome: ['accepted', 'invalid', 'accepted', 'rate_limited'],
      quantity: [4096, 10, 6, 2],
      unit: ['bytes', 'bytes', 'count', 'count'],
    });
  });

  it("keeps Sentry's own dropped and sum(quantity) in the totals table", () => {
    expectTable(tidyStatsSummary(payload()).totals, {
      project_id: [3, 7],
      project_slug: ['api', 'web'],
      category: ['attachment', 'error'],
      dropped: [10, 2],
      quantity: [4106, 8],
      unit: ['bytes', 'count'],
    });
  });

  it('keeps security apart with normalise: false', () => {
    const { totals, outcomes } = tidyStatsSummary(payload(), { normalise: false });
    expect(totals.array('category')).toEqual(['attachment', 'error', 'security']);
    expect(outcomes.numRows()).toBe(6);
  });

  it('has outcomes that add up to the totals of each project × category', () => {
    const { outcomes, totals } = tidyStatsSummary(payload());
    const sum = outcomes.groupby('project_id', 'category').rollup({ s: op.sum('quantity') });
    expect(sum.array('s')).toEqual(totals.array('quantity'));
  });

  it('names the value column times_seen, a count, for a sum(times_seen) response', () => {
    const { outcomes, totals } = tidyStatsSummary({
      start: '2024-06-01T00:00:00Z',
      end: '2024-06-02T00:00:00Z',
      projects: [
        {
          id: 1,
          stats: [{ category: 'attachment', outcomes: { accepted: 4 }, totals: { 'sum(times_seen)': 4 } }],
        },
      ],
    });
    expectTable(outcomes, {
      project_id: [1],
      project_slug: [null],
      category: ['attachment'],
      outcome: ['accepted'],
      times_seen: [4],
      unit: ['count'],
    });
    expect(totals.objects()).toEqual([
      { project_id: 1, project_slug: null, category: 'attachment', times_seen: 4, unit: 'count' },
    ]);
  });

  it('never mutates its input', () => {
    const input = deepFreeze(payload());
    tidyStatsSummary(input);
    expect(input).toEqual(payload());
  });

  it('gives empty tables for a response without projects', () => {
    const { outcomes, totals } = tidyStatsSummary({
      start: '2024-06-01T00:00:00Z',
      end: '2024-06-02T00:00:00Z',
      projects: [],
    });
    expect(outcomes.numRows()).toBe(0);
    expect(totals.numRows()).toBe(0);
    expect(outcomes.columnNames()).toEqual([
      'project_id',
      'project_slug',
      'category',
      'outcome',
      'quantity',
      'unit',
    ]);
  });

  it('throws transform.invalidPayload for a non-number outcome', () => {
    const bad = payload();
    (bad.projects[0] as { stats: { outcomes: Record<string, unknown> }[] }).stats[0].outcomes.accepted = '5';
    expect(() => tidyStatsSummary(bad)).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
    expect(() => tidyStatsSummary({} as StatsSummary)).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
  });
});
