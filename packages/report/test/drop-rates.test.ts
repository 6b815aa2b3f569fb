import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { dropRates, wilsonInterval, type DropDefinition } from '../src/index.js';
import { dropsTable } from './util/drops-table.js';
import { expectTable, tableColumns } from './util/expect-table.js';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('dropRates', () => {
  // error: accepted 60 + 14 = 74, rate_limited 15 + 5 = 20, client_discard 8, filtered 3 -> total 105
  it('counts dropped and total by category under the default (summary) definition', () => {
    const t = dropRates(dropsTable());
    const w2 = wilsonInterval(20, 105)!;
    expectTable(t, {
      category: ['attachment', 'error'],
      unit: ['bytes', 'count'],
      accepted: [1000, 74],
      dropped: [24, 20],
      other: [0, 11],
      excluded: [0, 0],
      total: [1024, 105],
      rate: [24 / 1024, 20 / 105],
      // attachment bytes are not trials: no interval
      rate_low: [null, w2.low],
      rate_high: [null, w2.high],
    });
  });

  it('leaves client_discard out of the total under usage-page', () => {
    const t = dropRates(dropsTable(), { definition: 'usage-page' }).filter((d) => d.category === 'error');
    expect(tableColumns(t.select('accepted', 'dropped', 'other', 'excluded', 'total', 'rate'))).toEqual({
      accepted: [74],
      dropped: [20],
      other: [3],
      excluded: [8],
      total: [97],
      rate: [20 / 97],
    });
  });

  it('counts everything but accepted under not-accepted', () => {
    const t = dropRates(dropsTable(), { definition: 'not-accepted' }).filter((d) => d.category === 'error');
    expect(tableColumns(t.select('dropped', 'other', 'total'))).toEqual({
      dropped: [31],
      other: [0],
      total: [105],
    });
  });

  it('takes a user-defined definition', () => {
    const quotaOnly: DropDefinition = {
      name: 'spike',
      title: 'rate limited only',
      dropped: ['rate_limited'],
      excluded: ['client_discard', 'filtered'],
      source: 'test',
    };
    const t = dropRates(dropsTable(), { definition: quotaOnly }).filter((d) => d.category === 'error');
    expect(tableColumns(t.select('dropped', 'excluded', 'total'))).toEqual({
      dropped: [20],
      excluded: [11],
      total: [94],
    });
  });

  it('gives each project its share of the organisation total and dropped volume', () => {
    const t = dropRates(dropsTable(), { by: ['project', 'category'] });
    expect(
      tableColumns(
        t.select('project', 'category', 'dropped', 'total', 'share_of_org_total', 'share_of_org_dropped'),
      ),
    ).toEqual({
      project: [1, 2, 2],
      category: ['error', 'attachment', 'error'],
      dropped: [15, 24, 5],
      total: [86, 1024, 19],
      share_of_org_total: [86 / 105, 1, 19 / 105],
      share_of_org_dropped: [0.75, 1, 0.25],
    });
  });

  it('divides each reason group by the total of its category and lists the raw reasons beside it', () => {
    const t = dropRates(dropsTable(), { by: ['category', 'reason_group'] }).filter(
      (d) => d.category === 'error',
    );
    expect(
      tableColumns(t.select('reason_group', 'reasons', 'accepted', 'dropped', 'other', 'total', 'rate')),
    ).toEqual({
      reason_group: ['Browser Extensions', 'DSN Limit', 'None', 'Sample Rate', 'Spike Protection'],
      reasons: ['browser-extensions', 'key_quota', 'none', 'sample_rate', 'spike_protection'],
      accepted: [0, 0, 74, 0, 0],
      dropped: [0, 5, 0, 0, 15],
      other: [3, 0, 0, 8, 0],
      total: [105, 105, 105, 105, 105],
      rate: [0, 5 / 105, 0, 0, 15 / 105],
    });
  });

  it('adds the reason group beside a raw reason', () => {
    const t = dropRates(dropsTable(), { by: ['category', 'outcome', 'reason'] }).filter(
      (d) => d.outcome === 'rate_limited',
    );
    expect(tableColumns(t.select('category', 'reason', 'reason_group', 'dropped', 'total'))).toEqual({
      category: ['attachment', 'error', 'error'],
      reason: ['spike_protection', 'key_quota', 'spike_protection'],
      reason_group: ['Spike Protection', 'DSN Limit', 'Spike Protection'],
      dropped: [24, 5, 15],
      total: [1024, 105, 105],
    });
  });

  it('re-buckets by UTC day, per interval and cumulative', () => {
    const errors = dropsTable().filter((d) => d.category === 'error');
    const perDay = dropRates(errors, { interval: '1d' });
    // day 1 (22:00, 23:00): accepted 44, rate_limited 10, client_discard 8, filtered 1; day 2 (00:00): 30, 10, 0, 2
    expect(tableColumns(perDay.select('interval_start', 'interval_end', 'dropped', 'total'))).toEqual({
      interval_start: [day('2021-03-01'), day('2021-03-02')],
      interval_end: [day('2021-03-02'), day('2021-03-03')],
      dropped: [10, 10],
      total: [63, 42],
    });
    const cumulative = dropRates(errors, { interval: '1d', cumulative: true });
    expect(tableColumns(cumulative.select('dropped', 'total', 'rate'))).toEqual({
      dropped: [10, 20],
      total: [63, 105],
      rate: [10 / 63, 20 / 105],
    });
  });

  it('keeps cumulative shares and rates consistent with the running sums', () => {
    const t = dropRates(
      dropsTable().filter((d) => d.category === 'error'),
      {
        by: ['project'],
        interval: '1d',
        cumulative: true,
      },
    );
    // project 1: day 1 dropped 5 of 44, then 15 of 86; project 2: 5 of 19 on day 1, nothing new on day 2
    expect(
      tableColumns(
        t.select(
          'project',
          'interval_start',
          'dropped',
          'total',
          'share_of_org_total',
          'share_of_org_dropped',
        ),
      ),
    ).toEqual({
      project: [1, 1, 2, 2],
      interval_start: [day('2021-03-01'), day('2021-03-02'), day('2021-03-01'), day('2021-03-02')],
      dropped: [5, 15, 5, 5],
      total: [44, 86, 19, 19],
      share_of_org_total: [44 / 63, 86 / 105, 19 / 63, 19 / 105],
      share_of_org_dropped: [0.5, 0.75, 0.5, 0.25],
    });
  });

  it('groups by interval_start as a key: equal dates are one group', () => {
    const t = dropRates(
      dropsTable().filter((d) => d.category === 'error'),
      { by: ['interval_start'] },
    );
    expect(tableColumns(t.select('interval_start', 'dropped', 'total'))).toEqual({
      interval_start: [
        new Date('2021-03-01T22:00:00Z'),
        new Date('2021-03-01T23:00:00Z'),
        new Date('2021-03-02T00:00:00Z'),
      ],
      dropped: [10, 0, 10],
      total: [39, 24, 42],
    });
  });

  it('orders date keys by time, not by their text (Saturday before Monday)', () => {
    const sat = new Date('2021-03-06T00:00:00Z');
    const mon = new Date('2021-03-08T00:00:00Z');
    const t = aq.table({
      day: [mon, sat],
      category: ['error', 'error'],
      outcome: ['invalid', 'accepted'],
      quantity: [1, 3],
    });
    expect(tableColumns(dropRates(t, { by: ['day'] }).select('day', 'dropped'))).toEqual({
      day: [sat, mon],
      dropped: [0, 1],
    });
  });

  it('draws day edges on the wall clock of a time zone', () => {
    const p1 = dropsTable().filter((d) => d.project === 1);
    // Vienna is UTC+1 in March: 22:00Z is 23:00 on 1 March, 23:00Z and 00:00Z fall on 2 March
    const t = dropRates(p1, { interval: '1d', timeZone: 'Europe/Vienna' });
    expect(tableColumns(t.select('interval_start', 'interval_end', 'accepted', 'dropped', 'total'))).toEqual({
      interval_start: [new Date('2021-02-28T23:00:00Z'), new Date('2021-03-01T23:00:00Z')],
      interval_end: [new Date('2021-03-01T23:00:00Z'), new Date('2021-03-02T23:00:00Z')],
      accepted: [10, 50],
      dropped: [5, 10],
      total: [20, 66],
    });
  });

  it('gives a null rate, not 0 or NaN, when the total is 0', () => {
    const t = dropRates(dropsTable(), { by: ['project', 'category'], interval: '1h' }).filter(
      (d) => d.project === 2 && d.category === 'error',
    );
    expect(tableColumns(t.select('total', 'rate', 'rate_low', 'rate_high'))).toEqual({
      total: [19, 0, 0],
      rate: [5 / 19, null, null],
      rate_low: [wilsonInterval(5, 19)!.low, null, null],
      rate_high: [wilsonInterval(5, 19)!.high, null, null],
    });
  });

  it('refuses to add bytes to counts unless asked', () => {
    const call = () => dropRates(dropsTable(), { by: [] });
    expect(call).toThrow(SentryOfflineError);
    expect(call).toThrow(expect.objectContaining({ code: 'report.mixedUnits' }));
    const mixed = dropRates(dropsTable(), { by: [], mixUnits: true });
    expect(tableColumns(mixed.select('unit', 'dropped', 'total'))).toEqual({
      unit: ['mixed'],
      dropped: [44],
      total: [1129],
    });
  });

  it('checks units per group: a project with attachments and errors has no single total', () => {
    const call = () => dropRates(dropsTable(), { by: ['project'] });
    expect(call).toThrow(
      expect.objectContaining({
        code: 'report.mixedUnits',
        details: expect.objectContaining({ group: [2] }),
      }),
    );
    const p1 = dropRates(
      dropsTable().filter((d) => d.project === 1),
      { by: ['project'] },
    );
    expect(tableColumns(p1.select('project', 'unit', 'total'))).toEqual({
      project: [1],
      unit: ['count'],
      total: [86],
    });
  });

  it('reads project as project_id in a stats-summary table', () => {
    const summary = aq.table({
      project_id: [7, 7, 8],
      project_slug: [null, null, null],
      category: ['error', 'error', 'error'],
      outcome: ['accepted', 'invalid', 'accepted'],
      quantity: [90, 10, 5],
    });
    expect(
      tableColumns(dropRates(summary, { by: ['project'] }).select('project', 'dropped', 'total')),
    ).toEqual({
      project: [7, 8],
      dropped: [10, 0],
      total: [100, 5],
    });
  });

  it('throws coded errors for bad options', () => {
    const t = dropsTable();
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SentryOfflineError);
        return (e as SentryOfflineError).code;
      }
      return 'no error';
    };
    expect(code(() => dropRates(t, { definition: 'nope' as 'summary' }))).toBe('report.unknownDefinition');
    expect(code(() => dropRates(t, { by: ['environment'] }))).toBe('report.unknownColumn');
    expect(code(() => dropRates(t, { interval: '2d' as '1d' }))).toBe('report.invalidInterval');
    expect(code(() => dropRates(t, { timeZone: 'Mars/Olympus' }))).toBe('report.invalidTimeZone');
    expect(code(() => dropRates(t, { value: 'times_seen' }))).toBe('report.noValueColumn');
    expect(code(() => dropRates(t, { interval: '1h', timeZone: 'Asia/Kolkata' }))).toBe(
      'report.bucketMisaligned',
    );
    const summary = aq.table({ project_id: [1], category: ['error'], outcome: ['accepted'], quantity: [1] });
    expect(code(() => dropRates(summary, { interval: '1d' }))).toBe('report.noTimeColumns');
    const byProject = aq.table({ project: [1], outcome: [null], quantity: [3] });
    expect(code(() => dropRates(byProject, { by: ['project'] }))).toBe('report.noOutcome');
  });

  it('does not change its input', () => {
    const t = dropsTable();
    const before = tableColumns(t);
    dropRates(t, { by: ['project', 'reason_group'], interval: '1d', cumulative: true, mixUnits: true });
    expect(tableColumns(t)).toEqual(before);
  });
});
