import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { validate, type StatsV2 } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { op, type ColumnTable } from 'arquero';
import {
  tidyDiscover,
  tidyEventsList,
  tidyEventsTimeseries,
  tidyIssuesList,
  tidyStatsSeries,
  tidyStatsSummary,
  tidyStatsV2,
} from '../../src/index.js';
import { columnSum, isTruncated, seriesSum, summarySum, totalsSum } from '../util/payload-sums.js';

const referenceDir =
  process.env.SENTRY_OFFLINE_REFERENCE ??
  join(fileURLToPath(new URL('../../../../', import.meta.url)), '..', 'shared', 'reference', 'sentry');
const present = existsSync(referenceDir);
if (!present && process.env.CI)
  throw new Error(`the reference corpus is missing at ${referenceDir}; CI always has ../shared`);

const folders = [
  'stats_v2',
  'stats_summary',
  'stats_legacy',
  'discover',
  'events_list',
  'issues',
  'openapi/examples',
];

/** A series shorter than its intervals (a UI spec mock): refused by default, placed from the start with pad. */
const SHORT_SERIES =
  'stats_v2/sentry-frontend-spec-latest/mapSeriesToChart.spec.rateLimitedAbuseCardinality.json';

type Never = never;
const TIDY: Record<string, (value: Never, file: string) => Record<string, ColumnTable>> = {
  'stats-v2': (v, file) => ({
    table: tidyStatsV2(v, { file, partialSeries: file === SHORT_SERIES ? 'pad' : 'error' }),
  }),
  'stats-summary': (v, file) => ({ ...tidyStatsSummary(v, { file }) }),
  'stats-series': (v, file) => ({ table: tidyStatsSeries(v, { file }) }),
  'events-timeseries': (v, file) => ({ table: tidyEventsTimeseries(v, { file }) }),
  discover: (v, file) => ({ ...tidyDiscover(v, { file }) }),
  'events-list': (v, file) => ({ ...tidyEventsList(v, { file }) }),
  'issues-list': (v, file) => ({ ...tidyIssuesList(v, { file }) }),
  issue: (v, file) => ({ ...tidyIssuesList(v, { file }) }),
};

const payloads = present
  ? fg
      .sync(
        folders.map((f) => `${f}/**/*.json`),
        { cwd: referenceDir },
      )
      .filter((f) => !/(^|\/)_/.test(f))
      .sort()
      .map((file) => {
        const value = JSON.parse(readFileSync(join(referenceDir, file), 'utf8')) as unknown;
        return { file, value, kind: validate(value).kind ?? '' };
      })
      .filter(({ kind }) => kind in TIDY)
  : [];

describe.skipIf(!present)('stats and list tables over the reference payloads', () => {
  it('finds payloads of every kind of this suite', () => {
    expect([...new Set(payloads.map((p) => p.kind))].sort()).toEqual(Object.keys(TIDY).sort());
  });

  for (const { file, value, kind } of payloads) {
    it(`${file} (${kind}) becomes tables, input unchanged`, () => {
      const before = structuredClone(value);
      const tables = TIDY[kind](value as Never, file);
      expect(value).toEqual(before);
      for (const table of Object.values(tables)) expect(table.numRows()).toBeGreaterThanOrEqual(0);
      if (kind === 'stats-v2') {
        const { table } = tables;
        const raw = tidyStatsV2(value as StatsV2, { normalise: false, partialSeries: 'pad' });
        const payload = value as StatsV2;
        const withSeries =
          payload.groups.some((g) => g.series !== undefined) && payload.intervals !== undefined;
        expect(raw.numRows()).toBe(payload.groups.length * (withSeries ? payload.intervals!.length : 1));
        for (const [field, column] of [
          ['sum(quantity)', 'quantity'],
          ['sum(times_seen)', 'times_seen'],
        ]) {
          if (!table.columnNames().includes(column)) continue;
          const sum = columnSum(table.array(column));
          expect(sum).toBe(withSeries ? seriesSum(value, field) : totalsSum(value, field));
          if (!isTruncated(value)) expect(sum).toBe(totalsSum(value, field));
        }
      }
      if (kind === 'stats-summary') {
        const { outcomes, totals } = tables;
        const valueColumn = outcomes.columnNames().includes('times_seen') ? 'times_seen' : 'quantity';
        expect(columnSum(outcomes.array(valueColumn))).toBe(summarySum(value, 'outcomes'));
        for (const [name, column] of [
          ['sum(quantity)', 'quantity'],
          ['sum(times_seen)', 'times_seen'],
          ['dropped', 'dropped'],
        ]) {
          if (totals.columnNames().includes(column)) {
            expect(columnSum(totals.array(column))).toBe(summarySum(value, 'totals', name));
          }
        }
      }
    });
  }

  it('refuses the series shorter than its intervals unless asked to pad', () => {
    const short = payloads.find((p) => p.file === SHORT_SERIES);
    expect(short).toBeDefined();
    expect(() => tidyStatsV2(short!.value as StatsV2)).toThrow(
      expect.objectContaining({ code: 'transform.seriesLength' }),
    );
    const padded = tidyStatsV2(short!.value as StatsV2, { partialSeries: 'pad' });
    // accepted [99] over 3 intervals: 99 then two unknown points
    expect(padded.filter((d: { outcome: string }) => d.outcome === 'accepted').array('quantity')).toEqual([
      99,
      null,
      null,
    ]);
  });

  it("reproduces the totals of Sentry's test_org_simple from its stored outcomes", () => {
    // stored: error 5 + default 1 (reported as error) accepted, attachment 1024 and transaction 1 rate_limited
    // with reason smart_rate_limit (reported as spike_protection)
    const org = payloads.find((p) => p.file === 'stats_v2/sentry-tests-latest/test_org_simple.json');
    const t = tidyStatsV2(org!.value as StatsV2)
      .groupby('category', 'outcome', 'reason')
      .rollup({ quantity: (d: { quantity: number }) => op.sum(d.quantity) })
      .orderby('category');
    expect(t.objects()).toEqual([
      { category: 'attachment', outcome: 'rate_limited', reason: 'spike_protection', quantity: 1024 },
      { category: 'error', outcome: 'accepted', reason: 'none', quantity: 6 },
      { category: 'transaction', outcome: 'rate_limited', reason: 'spike_protection', quantity: 1 },
    ]);
  });
});
