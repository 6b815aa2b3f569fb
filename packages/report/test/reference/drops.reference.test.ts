import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import type { StatsSummary, StatsV2 } from '@sentry-offline/schema';
import { tidyStatsSummary, tidyStatsV2 } from '@sentry-offline/transform';
import { definitions, dropRates, rebucket, type DefinitionName } from '../../src/index.js';
import { tableColumns } from '../util/expect-table.js';
import { referenceDir } from './reference-dir.js';

const present = existsSync(referenceDir);
const read = (file: string): unknown => JSON.parse(readFileSync(join(referenceDir, file), 'utf8'));
const v2 = (file: string): ColumnTable => tidyStatsV2(read(file) as StatsV2, { file, partialSeries: 'pad' });
const rowOf = (t: ColumnTable, key: string, value: unknown): Record<string, unknown> => {
  const cols = tableColumns(t);
  const i = cols[key].indexOf(value);
  expect(i, `${key} = ${String(value)} in ${JSON.stringify(cols[key])}`).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, v[i]]));
};

interface SummaryCase {
  file: string;
}

describe.skipIf(!present)(`Sentry's own drop-rate figures in ${referenceDir}`, () => {
  // stats-summary: Sentry returns its own `dropped` and `sum(quantity)` per project and category
  const summaryFiles = present
    ? [
        ...(read('stats_summary/_cases.json') as { cases: SummaryCase[] }).cases.map((c) => c.file),
        'stats_summary/sentry-src/massage_sessions_result_summary.docstring-example.json',
      ]
    : [];
  for (const file of summaryFiles) {
    // the 2023 tests predate cardinality_limited: both definitions must give Sentry's figure there
    const names: DefinitionName[] = file.includes('-2023/') ? ['summary-2023', 'summary'] : ['summary'];
    for (const definition of names) {
      it(`${file}: ${definition} reproduces totals.dropped and the total of every project and category`, () => {
        const { outcomes, totals } = tidyStatsSummary(read(file) as StatsSummary, { file });
        const rates = tableColumns(dropRates(outcomes, { by: ['project_id', 'category'], definition }));
        const expected = tableColumns(totals);
        const key = (cols: Record<string, unknown[]>, i: number) =>
          `${cols.project_id[i]}/${cols.category[i]}`;
        const ours = new Map(
          rates.category.map((_, i) => [key(rates, i), [rates.dropped[i], rates.total[i]]]),
        );
        // the totals of a sum(times_seen) request are named times_seen
        const total = expected.quantity ?? expected.times_seen;
        const sentry = new Map(
          expected.category.map((_, i) => [key(expected, i), [expected.dropped[i], total[i]]]),
        );
        expect(ours).toEqual(sentry);
      });
    }
  }

  it('the 2023 Usage page cards for errors: Total 64, Accepted 28, Filtered 7, Dropped 29 (usage-page-2023)', () => {
    const t = dropRates(v2('stats_v2/sentry-frontend-spec-2023/index.spec.mockStatsResponse.json'), {
      definition: 'usage-page-2023',
    });
    const error = rowOf(t, 'category', 'error');
    expect([error.total, error.accepted, error.other, error.dropped]).toEqual([64, 28, 7, 29]);
    // client_discard (15) is outside the total, as on the page
    expect(error.excluded).toBe(15);
  });

  it('the current Usage page card Rate Limited = rate_limited + abuse + cardinality_limited = 11 (usage-page)', () => {
    const t = v2(
      'stats_v2/sentry-frontend-spec-latest/mapSeriesToChart.spec.rateLimitedAbuseCardinality.json',
    );
    const rates = tableColumns(dropRates(t, { by: [], definition: 'usage-page' }));
    expect(rates.dropped).toEqual([11]);
    expect(rates.accepted).toEqual([99]);
  });

  it('the Usage page tooltip groups reasons the way Sentry does (mapSeriesToChart spec)', () => {
    const file = 'stats_v2/sentry-frontend-spec-latest/mapSeriesToChart.spec.mockSeries.json';
    const cases = read('stats_v2/_cases.json') as { cases: Record<string, unknown>[] };
    const spec = cases.cases.find((c) => c.file === file)!;
    const labels = spec['expected_chartSubLabels (dataCategory transactions)'] as {
      parentLabel: string;
      label: string;
      data: number[];
    }[];
    const t = tableColumns(
      dropRates(v2(file), { by: ['outcome', 'reason_group'], interval: '1d', definition: 'not-accepted' }),
    );
    for (const { parentLabel, label, data } of labels) {
      const rows = t.outcome.flatMap((o, i) =>
        o === parentLabel.toLowerCase() && t.reason_group[i] === label ? [i] : [],
      );
      expect(
        rows.map((i) => t.dropped[i]),
        `${parentLabel} / ${label}`,
      ).toEqual(data);
    }
  });

  it('stats-v2 and stats-summary of the same stored outcomes agree under summary (test_org_simple, 2023)', () => {
    const fromV2 = tableColumns(dropRates(v2('stats_v2/sentry-tests-2023/test_org_simple.json')));
    const { outcomes } = tidyStatsSummary(
      read('stats_summary/sentry-tests-2023/test_org_simple.json') as StatsSummary,
    );
    const fromSummary = tableColumns(dropRates(outcomes));
    expect(fromV2.category).toEqual(['attachment', 'error', 'transaction']);
    expect(fromV2).toEqual(fromSummary);
    expect(fromV2.dropped).toEqual([1024, 0, 1]);
    expect(fromV2.total).toEqual([1024, 6, 1]);
  });

  // every stats-v2 payload: the definitions' identity, and re-bucketing keeps sums
  const v2Files = present
    ? fg.sync('stats_v2/**/*.json', { cwd: referenceDir, ignore: ['**/_*.json'] }).sort()
    : [];
  const sum = (x: ArrayLike<unknown>) =>
    Array.from(x as ArrayLike<number | null>).reduce<number>((a, b) => a + (b ?? 0), 0);
  for (const file of v2Files) {
    it(`${file}: accepted + dropped + other = total under every definition; re-bucketing keeps sums`, () => {
      const t = v2(file);
      if (t.numRows() === 0) {
        expect(dropRates(t).numRows()).toBe(0);
        return;
      }
      const value = t.columnNames().includes('quantity') ? 'quantity' : 'times_seen';
      if ((t.array('outcome') as unknown[]).some((o) => o === null)) {
        // not grouped by outcome: no drop rate can be told, and the report says so
        expect(() => dropRates(t)).toThrow(expect.objectContaining({ code: 'report.noOutcome' }));
        return;
      }
      const all = sum(t.array(value));
      for (const definition of Object.keys(definitions) as DefinitionName[]) {
        const r = tableColumns(dropRates(t, { definition, mixUnits: true }));
        r.total.forEach((total, i) =>
          expect((r.accepted[i] as number) + (r.dropped[i] as number) + (r.other[i] as number)).toBe(total),
        );
        expect(sum(r.total) + sum(r.excluded)).toBe(all);
      }
      const starts = t.array('interval_start') as Date[];
      const ends = t.array('interval_end') as Date[];
      // rows within one UTC day fit in one month; a whole-window row may not
      if (ends.every((e, i) => e.getTime() - starts[i].getTime() <= 86_400_000)) {
        expect(sum(rebucket(t, { interval: '1mo' }).array(value))).toBe(all);
      }
    });
  }
});
