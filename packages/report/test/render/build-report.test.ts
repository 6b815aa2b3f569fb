import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { tidyEvents } from '@sentry-offline/transform';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  createFrameAggregator,
  reasonGroup,
  REPORT_SPLITS,
  type ReportData,
} from '../../src/index.js';
import { expectTable } from '../util/expect-table.js';
import { reportInput, usageTable } from './report-input.js';

describe('buildReport', () => {
  const data = buildReport(reportInput(), { title: 'June' });

  it('sums usage per hour and over the window, by category and outcome', () => {
    expect(data.interval).toBe('1h');
    expectTable(data.usageTotals!, {
      category: ['attachment', 'attachment', 'error', 'error', 'error'],
      unit: ['bytes', 'bytes', 'count', 'count', 'count'],
      outcome: ['accepted', 'invalid', 'accepted', 'filtered', 'rate_limited'],
      quantity: [4000, 1000, 180, 20, 20],
    });
    expect(data.usage!.numRows()).toBe(9);
  });

  it('computes drop rates with the named definition, by category, over time and by project', () => {
    expect(data.definition.name).toBe('summary');
    const rates = data.dropRates!.objects() as {
      category: string;
      dropped: number;
      total: number;
      rate: number;
    }[];
    expect(rates.map((r) => [r.category, r.dropped, r.total, r.rate])).toEqual([
      ['attachment', 1000, 5000, 0.2],
      ['error', 20, 220, 20 / 220],
    ]);
    const overTime = data.dropRatesOverTime!.filter((d: { category: string }) => d.category === 'error');
    expect(overTime.array('rate')).toEqual([20 / 125, 0]);
    expect(data.dropRatesByProject!.array('project')).toEqual(['web', 'web']);
  });

  it('lists the reasons that kept data out, largest share first', () => {
    expectTable(data.dropReasons!.select('category', 'reason_group', 'dropped', 'other', 'share'), {
      category: ['attachment', 'error', 'error'],
      reason_group: [reasonGroup('invalid', 'too_large'), 'Browser Extensions', 'Quota'],
      dropped: [1000, 0, 20],
      other: [0, 20, 0],
      share: [0.2, 20 / 220, 20 / 220],
    });
  });

  it('ranks signatures with the rank change against the baseline and splits by release and platform', () => {
    expect(data.events).toBe(3);
    expect(data.signatures!.array('count')).toEqual([2, 1]);
    expect(data.changes!.array('status')).toEqual(['new', 'down']);
    expectTable(data.releases!.select('release', 'events', 'signatures'), {
      release: ['1.0', '2.0'],
      events: [2, 1],
      signatures: [1, 1],
    });
    expect(data.platforms!.array('platform')).toEqual(['node', 'python']);
    expect(Array.from(data.crashSites!.array('field') as ArrayLike<string>)).not.toContain('package');
  });

  it('puts incomplete-data notes first and keeps the input unchanged', () => {
    const input = reportInput();
    const before = usageTable().objects();
    const built = buildReport(input);
    expect(built.health[0].code).toBe('truncatedSeries');
    expect(input.stats!.objects()).toEqual(before);
  });

  it('leaves out what the input has no data for', () => {
    const statsOnly = buildReport({ stats: usageTable() });
    expect(statsOnly.signatures).toBeNull();
    expect(statsOnly.releases).toBeNull();
    const eventsOnly = buildReport({ events: reportInput().events });
    expect(eventsOnly.usage).toBeNull();
    expect(eventsOnly.dropRates).toBeNull();
  });

  it('turns a table it cannot compute into a warning note, not an error', () => {
    const noOutcome = usageTable().select('category', 'interval_start', 'interval_end', 'quantity', 'unit');
    const built = buildReport({ stats: noOutcome });
    expect(built.dropRates).toBeNull();
    expect(built.health.map((n) => n.code)).toContain('report.noOutcome');
  });

  it('reports stats-summary outcomes (no time, no reason) by project, leaving out zero usage', () => {
    const outcomes = aq.table({
      project_id: [7, 7, 7, 8],
      category: ['error', 'error', 'error', 'error'],
      outcome: ['accepted', 'invalid', 'abuse', 'accepted'],
      quantity: [90, 10, 0, 50],
      unit: ['count', 'count', 'count', 'count'],
    });
    const built = buildReport({ stats: outcomes });
    expect(built.usage).toBeNull();
    expect(built.dropReasons).toBeNull();
    expect(built.health).toEqual([]);
    expect(built.usageTotals!.array('outcome')).toEqual(['accepted', 'invalid']);
    expect(built.usageTotals!.array('quantity')).toEqual([140, 10]);
    expect(built.dropRatesByProject!.array('rate')).toEqual([0.1, 0]);
  });
});

describe('buildReport from frame aggregates', () => {
  const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
  /** Every valid event fixture (several platforms and releases, some without a release). */
  const events: unknown[] = ['event', 'raw-event'].flatMap((kind) =>
    readdirSync(join(fixtures, kind))
      .filter((name) => !name.startsWith('invalid-'))
      .map((name) => JSON.parse(readFileSync(join(fixtures, kind, name, 'payload.json'), 'utf8')) as unknown),
  );
  const folded = (input: unknown[], by: readonly string[] = []) => {
    const aggregator = createFrameAggregator({ by });
    for (const event of input) aggregator.add(event);
    return aggregator.finish();
  };
  /** Every part of a report, its tables as rows. */
  const plain = (data: ReportData) =>
    Object.fromEntries(
      Object.entries(data).map(([k, v]) => [
        k,
        v !== null && typeof (v as aq.ColumnTable).objects === 'function'
          ? (v as aq.ColumnTable).objects()
          : v,
      ]),
    );

  it('gives the report of the tables from an aggregate split by release and platform', () => {
    const baseline = events.slice(3);
    const fromTables = buildReport({ events: tidyEvents(events), baseline: tidyEvents(baseline) });
    const fromAggregates = buildReport({ events: folded(events, REPORT_SPLITS), baseline: folded(baseline) });
    expect(plain(fromAggregates)).toEqual(plain(fromTables));
    expect(fromTables.releases!.numRows()).toBeGreaterThan(1);
    expect(fromTables.platforms!.numRows()).toBeGreaterThan(2);
    expect(fromTables.changes).not.toBeNull();
  });

  it('leaves out the per-release and per-platform rows of an aggregate without those splits', () => {
    const data = buildReport({ events: folded(events) });
    expect([data.releases, data.platforms]).toEqual([null, null]);
    expect(data.events).toBe(events.length);
  });

  it('refuses an aggregate of another signature strategy, saying which to pass', () => {
    const aggregator = createFrameAggregator({ strategy: 'top-frame' });
    aggregator.add(events[0]);
    const state = aggregator.finish();
    expect(() => buildReport({ events: state })).toThrow(SentryOfflineError);
    expect(() => buildReport({ events: state })).toThrow("pass { strategy: 'top-frame' }");
    expect(buildReport({ events: state }, { strategy: 'top-frame' }).events).toBe(1);
  });
});
