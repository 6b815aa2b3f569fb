import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSentryOfflineError, validate } from '@sentry-offline/schema';
import { tidyEvents } from '@sentry-offline/transform';
import {
  createDriftSide,
  createFrameAggregator,
  diffPayloads,
  diffSignatures,
  renderDrift,
} from '../../src/index.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));

/** A one-interval stats-v2 payload grouped by category and outcome. */
function stats(groups: [string, string, number][], field = 'sum(quantity)') {
  return {
    start: '2026-11-20T00:00:00Z',
    end: '2026-11-21T00:00:00Z',
    intervals: ['2026-11-20T00:00:00Z'],
    groups: groups.map(([category, outcome, n]) => ({
      by: { category, outcome },
      totals: { [field]: n },
      series: { [field]: [n] },
    })),
  };
}
const named = (...values: unknown[]) => values.map((value, i) => ({ name: `p${i}.json`, value }));
const noShape = { added: [], removed: [], typeChanged: [], enums: [] };
const at = '2026-11-20T00:00:00.000Z';

describe('diffPayloads', () => {
  const may = stats([
    ['error', 'accepted', 90],
    ['error', 'rate_limited', 10],
  ]);

  it('reports a number changed beyond the tolerance in the table and in every drop-rate definition', () => {
    const june = stats([
      ['error', 'accepted', 90],
      ['error', 'rate_limited', 30],
    ]);
    const report = diffPayloads(named(may), named(june), { tolerance: { relative: 0.1 } });
    expect(report.drift).toEqual({ shape: false, numbers: true });
    expect(report.shape).toEqual(noShape);
    expect(report.tables).toEqual([
      {
        name: 'stats',
        keys: ['project', 'category', 'outcome', 'reason', 'interval_start'],
        values: ['quantity'],
        rows: { old: 2, new: 2, both: 2 },
        onlyOld: [],
        onlyNew: [],
        changed: [
          {
            key: {
              project: null,
              category: 'error',
              outcome: 'rate_limited',
              reason: null,
              interval_start: at,
            },
            column: 'quantity',
            old: 10,
            new: 30,
            delta: 20,
            relative: 2,
          },
        ],
        withinTolerance: 0,
      },
    ]);
    // every definition drops rate_limited and counts both outcomes: 10/100 -> 30/120; the total moved 20% (> 10%)
    const summary = report.drops!.changed.filter((c) => c.key.definition === 'summary');
    expect(summary.map((c) => [c.column, c.old, c.new])).toEqual([
      ['dropped', 10, 30],
      ['total', 100, 120],
      ['rate', 0.1, 0.25],
    ]);
    expect(report.drops!.changed).toHaveLength(15);
    expect(report.signatures).toBe(null);
  });

  it('says nothing when the numbers moved within the tolerance', () => {
    const june = stats([
      ['error', 'accepted', 92],
      ['error', 'rate_limited', 10],
    ]);
    const report = diffPayloads(named(may), named(june), { tolerance: { relative: 0.05 } });
    expect(report.drift).toEqual({ shape: false, numbers: false });
    expect(report.tables[0].withinTolerance).toBe(1);
    expect(renderDrift(report)).toBe(
      'sentry-offline diff: 1 old stats-v2 payload against 1 new\n' +
        'shape: no drift\n' +
        'numbers: stats (keys project, category, outcome, reason, interval_start): no drift\n' +
        '    2 rows on both sides, 1 value moved within the tolerance\n' +
        'drop rates (keys definition, category): no drift\n' +
        '    5 rows on both sides, 10 values moved within the tolerance\n' +
        'result: no drift\n',
    );
  });

  it('reports a row added and a new outcome, and renders them', () => {
    const june = stats([
      ['error', 'accepted', 90],
      ['error', 'rate_limited', 10],
      ['error', 'cardinality_limited', 0],
    ]);
    const report = diffPayloads(named(may), named(june), { by: ['category', 'outcome'] });
    expect(report.shape).toEqual({
      ...noShape,
      enums: [
        {
          name: 'outcome',
          path: '/groups/*/by/outcome',
          value: 'cardinality_limited',
          change: 'added',
          payloads: 1,
          of: 1,
        },
      ],
    });
    expect(report.tables[0].onlyNew).toEqual([{ category: 'error', outcome: 'cardinality_limited' }]);
    expect(report.tables[0].changed).toEqual([]);
    expect(report.drops!.changed).toEqual([]);
    expect(renderDrift(report)).toBe(
      'sentry-offline diff: 1 old stats-v2 payload against 1 new\n' +
        'shape\n' +
        '  + outcome cardinality_limited at /groups/*/by/outcome, in 1 of 1 new payloads\n' +
        'numbers: stats (keys category, outcome)\n' +
        '    0 only in old, 1 only in new, 0 values changed beyond the tolerance, 0 within\n' +
        '  + category=error outcome=cardinality_limited only in new\n' +
        'drop rates (keys definition, category): no drift\n' +
        '    5 rows on both sides\n' +
        'result: drift in shape and numbers\n',
    );
  });

  it('reports a field added and a row removed, with the field path', () => {
    const june = stats([['error', 'accepted', 90]], 'sum(times_seen)');
    const report = diffPayloads(named(may), named(june), { by: ['category', 'outcome'] });
    expect(report.shape).toEqual({
      ...noShape,
      added: [
        { path: '/groups/*/series/sum(times_seen)', types: { array: 1 }, payloads: 1, of: 1 },
        { path: '/groups/*/totals/sum(times_seen)', types: { number: 1 }, payloads: 1, of: 1 },
      ],
      removed: [
        { path: '/groups/*/series/sum(quantity)', types: { array: 1 }, payloads: 1, of: 1 },
        { path: '/groups/*/totals/sum(quantity)', types: { number: 1 }, payloads: 1, of: 1 },
      ],
      enums: [
        {
          name: 'outcome',
          path: '/groups/*/by/outcome',
          value: 'rate_limited',
          change: 'removed',
          payloads: 1,
          of: 1,
        },
      ],
    });
    // the old side counts quantity, the new one times_seen: the tables share no value column
    expect(report.tables[0].values).toEqual([]);
    expect(report.tables[0].onlyOld).toEqual([{ category: 'error', outcome: 'rate_limited' }]);
    expect(report.notes).toEqual(['stats: quantity, times_seen not compared: only one side has it']);
    // drop rates count what each side has: 10 of 100 before, 0 of 90 after
    const summary = report.drops!.changed.filter((c) => c.key.definition === 'summary');
    expect(summary.map((c) => [c.column, c.old, c.new])).toEqual([
      ['dropped', 10, 0],
      ['total', 100, 90],
      ['rate', 0.1, 0],
    ]);
  });

  it('reports a type change in the shape and leaves invalid payloads out of the numbers', () => {
    const june = { ...may, start: 1795305600 };
    expect(validate(june).ok).toBe(false);
    const report = diffPayloads(named(may), named(june), { shapeOnly: ['p0.json'] });
    expect(report.shape.typeChanged).toEqual([{ path: '/start', old: { string: 1 }, new: { number: 1 } }]);
    expect(report.tables).toEqual([]);
    expect(report.notes).toEqual(['numbers not compared: a side has no valid payloads']);
  });

  it('throws report.kindMismatch for payloads of two kinds', () => {
    try {
      diffPayloads(named(may), named([[1795305600, 3]]));
      expect.unreachable();
    } catch (error) {
      expect(isSentryOfflineError(error) && error.code).toBe('report.kindMismatch');
    }
  });
});

describe('diffPayloads over the fixtures', () => {
  // bad-input holds files that are not payloads (100,000 levels of nesting: structuredClone overflows)
  for (const kind of readdirSync(fixtures).filter((k) => !k.includes('.') && k !== 'bad-input')) {
    for (const name of readdirSync(join(fixtures, kind))) {
      const file = join(fixtures, kind, name, 'payload.json');
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      it(`${kind}/${name} compared with itself has no drift`, () => {
        const shapeOnly = validate(value).ok ? [] : ['p0.json'];
        const report = diffPayloads(named(value), named(structuredClone(value)), { shapeOnly });
        expect(report.drift).toEqual({ shape: false, numbers: false });
        expect(renderDrift(report)).toMatch(/\nresult: no drift\n$/);
      });
    }
  }

  it('finds new and dropped signatures between two sets of events', () => {
    const read = (n: string) =>
      JSON.parse(readFileSync(join(fixtures, 'event', n, 'payload.json'), 'utf8')) as unknown;
    const report = diffPayloads(
      named(read('python-django-chained'), read('java-spring-caused-by')),
      named(read('python-django-chained'), read('javascript-browser-react')),
      { strategy: 'top-frame' },
    );
    expect(report.tables[0].onlyOld).toHaveLength(1);
    expect(report.tables[0].onlyNew).toHaveLength(1);
    const moves = report.signatures!.moved.map((m) => [m.status, m.rank, m.oldRank, m.count, m.oldCount]);
    expect(moves.sort()).toEqual([
      ['dropped', null, 1, 0, 1],
      ['new', 1, null, 1, 0],
    ]);
    expect(report.signatures!.moved.find((m) => m.status === 'new')!.signature).toMatch(/^TypeError/);
    expect(report.signatures!.unchanged).toBe(1);
  });
});

describe('drift sides folded a payload at a time', () => {
  const read = (kind: string) =>
    readdirSync(join(fixtures, kind))
      .filter((n) => !n.startsWith('invalid-'))
      .map((n) => JSON.parse(readFileSync(join(fixtures, kind, n, 'payload.json'), 'utf8')) as unknown);
  const events = read('event');

  it('keep the events table of tidyEvents, and the signatures its tables give', () => {
    const side = createDriftSide('event', { strategy: 'top-frame' });
    for (const value of events) side.add({ name: 'e.json', value });
    const { tables, payloads, compared } = side.finish();
    expect([payloads, compared]).toEqual([events.length, events.length]);
    expect(tables!.tables[0].table.objects()).toEqual(tidyEvents(events).events.objects());
    const [old, next] = [events.slice(0, 3), events.slice(2)];
    const folded = (values: unknown[]) => {
      const aggregator = createFrameAggregator({ strategy: 'top-frame' });
      for (const value of values) aggregator.add(value);
      return aggregator.finish();
    };
    const fromTables = diffSignatures(tidyEvents(old), tidyEvents(next), { strategy: 'top-frame' });
    expect(fromTables.moved.length).toBeGreaterThan(0);
    expect(diffSignatures(folded(old), folded(next), { strategy: 'top-frame' })).toEqual(fromTables);
  });

  it('leave shape-only payloads out of the numbers, and refuse an aggregate of another strategy', () => {
    const side = createDriftSide('event');
    side.add({ name: 'a.json', value: events[0] });
    side.add({ name: 'b.json', value: events[1] }, { shapeOnly: true });
    const result = side.finish();
    expect([result.payloads, result.compared, result.shape.payloads]).toEqual([2, 1, 2]);
    expect(result.tables!.tables[0].table.numRows()).toBe(1);
    const aggregate = createFrameAggregator({ strategy: 'siggen' });
    aggregate.add(events[0]);
    const state = aggregate.finish();
    expect(() => diffSignatures(state, state)).toThrow("pass { strategy: 'siggen' }");
  });
});

describe('renderDrift', () => {
  it('shows control characters in payload values as escapes', () => {
    const group = (outcome: string) => ({
      by: { outcome },
      totals: { 'sum(quantity)': 1 },
      series: { 'sum(quantity)': [1] },
    });
    const payload = (outcome: string) => ({
      start: '2026-11-20T00:00:00Z',
      end: '2026-11-21T00:00:00Z',
      intervals: ['2026-11-20T00:00:00Z'],
      groups: [group(outcome)],
    });
    const text = renderDrift(diffPayloads(named(payload('accepted')), named(payload('x\u001b[2J\ny'))));
    expect(text).toContain(
      '  + outcome x\\u001b[2J\\u000ay at /groups/*/by/outcome, in 1 of 1 new payloads\n',
    );
  });
});
