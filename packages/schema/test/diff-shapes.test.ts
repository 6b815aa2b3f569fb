import { describe, expect, it } from 'vitest';
import { diffShapes, inferShape, parseText } from '../src/index.js';
import { listCases } from './util/cases.js';

const group = (outcome: string, totals: Record<string, unknown>) => ({
  by: { outcome },
  totals,
  series: { 'sum(quantity)': [1] },
});
const stats = (...groups: object[]) => ({
  start: '2026-11-01T00:00:00Z',
  end: '2026-11-02T00:00:00Z',
  intervals: ['2026-11-01T00:00:00Z'],
  groups,
});
const none = { added: [], removed: [], typeChanged: [], enums: [] };

describe('diffShapes', () => {
  const old = [
    stats(group('accepted', { 'sum(quantity)': 1 })),
    stats(group('accepted', { 'sum(quantity)': 2 })),
  ];

  it('reports a field added in some of the new payloads', () => {
    const next = [
      stats(group('accepted', { 'sum(quantity)': 1, 'sum(times_seen)': 1 })),
      stats(group('accepted', { 'sum(quantity)': 1 })),
      stats(group('accepted', { 'sum(quantity)': 1, 'sum(times_seen)': 3 })),
    ];
    expect(diffShapes(inferShape(old), inferShape(next))).toEqual({
      ...none,
      added: [{ path: '/groups/*/totals/sum(times_seen)', types: { number: 2 }, payloads: 2, of: 3 }],
    });
  });

  it('reports a removed field once, not every path under it', () => {
    const next = [{ ...stats(group('accepted', { 'sum(quantity)': 1 })), intervals: undefined }].map(
      ({ intervals: _i, ...rest }) => rest,
    );
    const withMeta = old.map((p) => ({ ...p, meta: { units: { a: 'b' } } }));
    expect(diffShapes(inferShape(withMeta), inferShape(next))).toEqual({
      ...none,
      removed: [
        { path: '/intervals', types: { array: 2 }, payloads: 2, of: 2 },
        { path: '/meta', types: { object: 2 }, payloads: 2, of: 2 },
      ],
    });
  });

  it('reports a type change with the types of each side', () => {
    const next = [
      stats(group('accepted', { 'sum(quantity)': '1' })),
      stats(group('accepted', { 'sum(quantity)': 2 })),
    ];
    expect(diffShapes(inferShape(old), inferShape(next))).toEqual({
      ...none,
      typeChanged: [
        { path: '/groups/*/totals/sum(quantity)', old: { number: 2 }, new: { number: 1, string: 1 } },
      ],
    });
  });

  it('reports new and vanished enum values with the payloads holding them', () => {
    const before = [
      stats(group('accepted', { 'sum(quantity)': 1 }), group('invalid', { 'sum(quantity)': 1 })),
    ];
    const next = [
      stats(group('accepted', { 'sum(quantity)': 1 })),
      stats(group('accepted', { 'sum(quantity)': 1 }), group('cardinality_limited', { 'sum(quantity)': 1 })),
    ];
    expect(diffShapes(inferShape(before), inferShape(next))).toEqual({
      ...none,
      enums: [
        {
          name: 'outcome',
          path: '/groups/*/by/outcome',
          value: 'cardinality_limited',
          change: 'added',
          payloads: 1,
          of: 2,
        },
        {
          name: 'outcome',
          path: '/groups/*/by/outcome',
          value: 'invalid',
          change: 'removed',
          payloads: 1,
          of: 1,
        },
      ],
    });
  });

  it('reports new keys of a map vocabulary (stats-summary outcomes)', () => {
    const summary = (outcomes: Record<string, number>) => ({
      start: '2026-11-16T00:00:00Z',
      end: '2026-11-23T00:00:00Z',
      projects: [
        {
          id: 1,
          slug: 'web',
          stats: [{ category: 'error', outcomes, totals: { dropped: 0, 'sum(quantity)': 1 } }],
        },
      ],
    });
    const drift = diffShapes(
      inferShape([summary({ accepted: 1 })]),
      inferShape([summary({ accepted: 1, abuse: 0 })]),
    );
    expect(drift).toEqual({
      ...none,
      enums: [
        {
          name: 'outcome',
          path: '/projects/*/stats/*/outcomes',
          value: 'abuse',
          change: 'added',
          payloads: 1,
          of: 1,
        },
      ],
    });
  });

  for (const c of listCases().filter((c) => c.file.endsWith('.json'))) {
    it(`${c.kind}/${c.name}: compared with itself, has no drift`, () => {
      const parsed = parseText(c.file, c.text());
      if (!parsed.ok) return;
      expect(diffShapes(inferShape([parsed.value]), inferShape([parsed.value]))).toEqual(none);
    });
  }
});

describe('diffShapes with a "__proto__" key', () => {
  it('treats it as any other key and value', () => {
    const old = [JSON.parse('{"__proto__": "a", "platform": "__proto__"}') as unknown];
    const next = [JSON.parse('{"platform": "toString"}') as unknown];
    const drift = diffShapes(inferShape(old, { kind: 'raw-event' }), inferShape(next, { kind: 'raw-event' }));
    expect(drift.removed.map((r) => r.path)).toEqual(['/__proto__']);
    expect(drift.enums.map((e) => [e.value, e.change])).toEqual([
      ['toString', 'added'],
      ['__proto__', 'removed'],
    ]);
  });
});

describe('diffShapes on types', () => {
  it('reports a type gained (null appearing) but not a type lost', () => {
    const a = inferShape([{ dist: null }, { dist: '1.0' }], { kind: null });
    const b = inferShape([{ dist: '1.1' }], { kind: null });
    expect(diffShapes(a, b).typeChanged).toEqual([]);
    expect(diffShapes(b, a).typeChanged).toEqual([
      { path: '/dist', old: { string: 1 }, new: { string: 1, null: 1 } },
    ]);
  });
});
