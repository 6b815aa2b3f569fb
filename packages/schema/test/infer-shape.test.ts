import { describe, expect, it } from 'vitest';
import { inferShape, isShapeMap, MAX_NESTING } from '../src/index.js';

const may = {
  start: '2026-05-01T00:00:00Z',
  groups: [
    { by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 10 } },
    { by: { outcome: 'filtered' }, totals: { 'sum(quantity)': 2 } },
  ],
};
const june = {
  start: '2026-06-01T00:00:00Z',
  groups: [{ by: { outcome: 'accepted', reason: null }, totals: { 'sum(quantity)': 12.5 } }],
};

describe('inferShape', () => {
  it('lists every path with its types, payloads, counts, parents and examples', () => {
    const shape = inferShape([may, june], { kind: null });
    expect(shape.kind).toBe(null);
    expect(shape.payloads).toBe(2);
    expect(Object.keys(shape.paths)).toEqual([
      '',
      '/groups',
      '/groups/*',
      '/groups/*/by',
      '/groups/*/by/outcome',
      '/groups/*/by/reason',
      '/groups/*/totals',
      '/groups/*/totals/sum(quantity)',
      '/start',
    ]);
    // 3 groups over 2 payloads; reason is in 1 of the 3 `by` objects, in 1 payload
    expect(shape.paths['/groups/*']).toMatchObject({
      types: { object: 2 },
      payloads: 2,
      count: 3,
      parents: 2,
    });
    expect(shape.paths['/groups/*/by/reason']).toEqual({
      path: '/groups/*/by/reason',
      types: { null: 1 },
      payloads: 1,
      count: 1,
      parents: 3,
      examples: [null],
    });
    expect(shape.paths['/groups/*/by/outcome']).toEqual({
      path: '/groups/*/by/outcome',
      types: { string: 2 },
      payloads: 2,
      count: 3,
      parents: 3,
      examples: ['accepted', 'filtered'],
      values: { accepted: 2, filtered: 1 },
    });
    expect(shape.paths['/groups/*/totals/sum(quantity)']).toMatchObject({
      types: { number: 2 },
      examples: [10, 2, 12.5],
    });
  });

  it('treats the values of data-keyed objects as one path and counts their keys', () => {
    const summary = {
      start: '2026-11-16T00:00:00Z',
      end: '2026-11-23T00:00:00Z',
      projects: [
        {
          id: 1,
          slug: 'web',
          stats: [
            {
              category: 'error',
              outcomes: { accepted: 5, abuse: 0 },
              totals: { dropped: 0, 'sum(quantity)': 5 },
            },
          ],
        },
      ],
    };
    const shape = inferShape([summary]);
    expect(shape.kind).toBe('stats-summary');
    expect(shape.paths['/projects/*/stats/*/outcomes']).toMatchObject({
      map: true,
      keys: { abuse: 1, accepted: 1 },
    });
    expect(shape.paths['/projects/*/stats/*/outcomes/*']).toMatchObject({
      types: { number: 1 },
      count: 2,
      parents: 1,
    });
    expect(shape.paths['/projects/*/stats/*/outcomes/accepted']).toBeUndefined();
  });

  it('takes extra map paths and tells data-like keys by themselves', () => {
    const shape = inferShape([{ counts: { a: 1 }, byDay: { '20260101': 3, '20260102': 4 } }], {
      kind: null,
      maps: ['/counts'],
    });
    expect(shape.paths['/counts/*']).toMatchObject({ count: 1 });
    expect(shape.paths['/byDay']).toMatchObject({ map: true, keys: { '20260101': 1, '20260102': 1 } });
    expect(isShapeMap('/x', 'x', { 'web,TypeError': 1, Other: 2 }, undefined)).toBe(true);
    expect(isShapeMap('/x', 'x', { 'count()': 1, 'p95(a.b)': 2, 'x y': 3 }, undefined)).toBe(false);
  });

  it('escapes / and ~ in keys as JSON Pointer does', () => {
    // one data-like key of four (the slash) does not make the object a map
    const shape = inferShape([{ 'a/b': 1, 'c~d': 2, e: 3, f: 4 }], { kind: null });
    expect(Object.keys(shape.paths)).toEqual(['', '/a~1b', '/c~0d', '/e', '/f']);
  });

  it('stops keeping values past 50 distinct strings', () => {
    const shape = inferShape([Array.from({ length: 51 }, (_, i) => ({ id: `v${i}` }))], { kind: null });
    expect(shape.paths['/*/id'].values).toBeUndefined();
    expect(shape.paths['/*/id'].examples).toEqual(['v0', 'v1', 'v2']);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone([may, june]);
    inferShape([may, june]);
    expect([may, june]).toEqual(copy);
  });
});

describe('inferShape on deep payloads', () => {
  it('stops walking past MAX_NESTING levels instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const shape = inferShape([deep], { kind: null });
    expect(Object.keys(shape.paths)).toHaveLength(MAX_NESTING + 1);
  });
});

describe('inferShape on tagged lists', () => {
  it('describes the event entries once per entry type', () => {
    const event = {
      entries: [
        { type: 'message', data: { formatted: 'x' } },
        { type: 'breadcrumbs', data: { values: [] } },
      ],
    };
    const shape = inferShape([event], { kind: 'event' });
    expect(Object.keys(shape.paths).filter((p) => p.startsWith('/entries/'))).toEqual([
      '/entries/*[type=breadcrumbs]',
      '/entries/*[type=breadcrumbs]/data',
      '/entries/*[type=breadcrumbs]/data/values',
      '/entries/*[type=breadcrumbs]/type',
      '/entries/*[type=message]',
      '/entries/*[type=message]/data',
      '/entries/*[type=message]/data/formatted',
      '/entries/*[type=message]/type',
    ]);
    expect(shape.paths['/entries/*[type=message]']).toMatchObject({ count: 1, parents: 1 });
  });
});
