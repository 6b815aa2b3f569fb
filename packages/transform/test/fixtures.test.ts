import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  readDiscoverCsv,
  readStatsSummaryCsv,
  tidyDiscover,
  tidyEventsList,
  tidyEventsTimeseries,
  tidyIssuesList,
  tidyStatsSeries,
  tidyStatsSummary,
  tidyStatsV2,
  toCanonicalJson,
} from '../src/index.js';
import { columnSum, isTruncated, seriesSum, summarySum, totalsSum } from './util/payload-sums.js';

const fixturesDir = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

type Tables = Record<string, ColumnTable>;
type Payload = never;

/** How each kind of this module becomes tables, and the invariants it keeps, computed from the raw payload. */
const KINDS: Record<
  string,
  { tidy: (p: Payload, file: string) => Tables; check: (p: unknown, t: Tables) => void }
> = {
  'stats-v2': {
    tidy: (p, file) => ({ table: tidyStatsV2(p, { file }) }),
    check: (p, { table }) => {
      const raw = tidyStatsV2(p as Payload, { normalise: false });
      const rec = p as { intervals?: unknown[]; groups: { series?: unknown }[] };
      const withSeries = rec.groups.some((g) => g.series !== undefined);
      expect(raw.numRows()).toBe(rec.groups.length * (withSeries ? rec.intervals!.length : 1));
      for (const [field, column] of [
        ['sum(quantity)', 'quantity'],
        ['sum(times_seen)', 'times_seen'],
      ]) {
        if (!table.columnNames().includes(column)) continue;
        const sum = columnSum(table.array(column));
        expect(sum).toBe(withSeries ? seriesSum(p, field) : totalsSum(p, field));
        if (!isTruncated(p)) expect(sum).toBe(totalsSum(p, field));
      }
    },
  },
  'stats-summary': {
    tidy: (p, file) => ({ ...tidyStatsSummary(p, { file }) }),
    check: (p, { outcomes, totals }) => {
      const value = outcomes.columnNames().includes('times_seen') ? 'times_seen' : 'quantity';
      expect(columnSum(outcomes.array(value))).toBe(summarySum(p, 'outcomes'));
      if (totals.columnNames().includes('quantity')) {
        expect(columnSum(totals.array('quantity'))).toBe(summarySum(p, 'totals', 'sum(quantity)'));
      }
      if (totals.columnNames().includes('dropped')) {
        expect(columnSum(totals.array('dropped'))).toBe(summarySum(p, 'totals', 'dropped'));
      }
    },
  },
  'stats-series': {
    tidy: (p, file) => ({ table: tidyStatsSeries(p, { file }) }),
    check: (p, { table }) => {
      const pairs = p as [number, number][];
      expect(table.numRows()).toBe(pairs.length);
      expect(columnSum(table.array('count'))).toBe(pairs.reduce((s, [, n]) => s + n, 0));
    },
  },
  'events-timeseries': {
    tidy: (p, file) => ({ table: tidyEventsTimeseries(p, { file }) }),
    check: (p, { table }) => {
      const points = (s: unknown): number => {
        const r = s as Record<string, unknown>;
        if (Array.isArray(r.timeSeries)) return r.timeSeries.reduce((n, t) => n + (t.values?.length ?? 0), 0);
        if (Array.isArray(r.data)) return r.data.length;
        return Object.values(r).reduce<number>((n, v) => n + (v && typeof v === 'object' ? points(v) : 0), 0);
      };
      expect(table.numRows()).toBe(points(p));
    },
  },
  discover: {
    tidy: (p, file) => ({ ...tidyDiscover(p, { file }) }),
    check: (p, { data, columns }) => {
      const r = p as { data: object[]; meta?: { fields?: object } };
      expect(data.numRows()).toBe(r.data.length);
      expect(columns.array('field')).toEqual(expect.arrayContaining(Object.keys(r.meta?.fields ?? {})));
    },
  },
  'events-list': {
    tidy: (p, file) => ({ ...tidyEventsList(p, { file }) }),
    check: (p, { events, tags }) => {
      const list = p as { tags?: { key?: string }[] }[];
      expect(events.numRows()).toBe(list.length);
      // the user tags are personal data, left out by default
      const isUser = (t: { key?: string }) => t.key === 'user' || t.key === 'sentry:user';
      expect(tags.numRows()).toBe(
        list.reduce((n, e) => n + (e.tags ?? []).filter((t) => !isUser(t)).length, 0),
      );
    },
  },
  'issues-list': {
    tidy: (p, file) => ({ ...tidyIssuesList(p, { file }) }),
    check: (p, { issues }) => expect(issues.numRows()).toBe((p as unknown[]).length),
  },
  issue: {
    tidy: (p, file) => ({ ...tidyIssuesList(p, { file }) }),
    check: (_, { issues }) => expect(issues.numRows()).toBe(1),
  },
};

const CSV_READERS: Record<string, (text: string, file: string) => Tables> = {
  'stats-summary': (text, file) => ({ ...readStatsSummaryCsv(text, { file }) }),
  discover: (text) => ({ ...readDiscoverCsv(text) }),
};

/** Valid cases of this module's kinds, listed from disk. */
const cases = Object.keys(KINDS).flatMap((kind) => {
  const kindDir = join(fixturesDir, kind);
  if (!existsSync(kindDir)) return [];
  return readdirSync(kindDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('invalid-'))
    .map((e) => {
      const dir = join(kindDir, e.name);
      const file = readdirSync(dir).find((f) => f.startsWith('payload.')) ?? 'payload.json';
      return { kind, name: e.name, dir, file };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
});

describe('stats and list fixtures', () => {
  it('has cases to check', () => expect(cases.length).toBeGreaterThan(0));

  for (const c of cases) {
    it(`${c.kind}/${c.name}: golden tables, invariants, input unchanged`, async () => {
      const text = readFileSync(join(c.dir, c.file), 'utf8');
      let tables: Tables;
      if (c.file.endsWith('.csv')) {
        tables = CSV_READERS[c.kind](text, c.file);
      } else {
        const payload: unknown = JSON.parse(text);
        tables = KINDS[c.kind].tidy(payload as Payload, c.file);
        expect(payload).toEqual(JSON.parse(text));
        KINDS[c.kind].check(payload, tables);
      }
      for (const [name, table] of Object.entries(tables)) {
        await expect(toCanonicalJson(table, { sortRows: false })).toMatchFileSnapshot(
          join(c.dir, 'expected', `${name}.json`),
        );
      }
    });
  }
});
