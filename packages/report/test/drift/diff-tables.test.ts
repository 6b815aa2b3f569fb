import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { isSentryOfflineError } from '@sentry-offline/schema';
import { diffTables, hasTableDrift, isWithinTolerance } from '../../src/index.js';

const none = { onlyOld: [], onlyNew: [], changed: [], withinTolerance: 0 };

describe('isWithinTolerance', () => {
  it('allows |Δ| up to the absolute or the relative bound, per column', () => {
    expect(isWithinTolerance(100, 100, 'q')).toBe(true);
    expect(isWithinTolerance(100, 101, 'q')).toBe(false);
    expect(isWithinTolerance(100, 105, 'q', { relative: 0.05 })).toBe(true);
    expect(isWithinTolerance(100, 94, 'q', { relative: 0.05 })).toBe(false);
    expect(isWithinTolerance(0, 3, 'q', { relative: 0.5, absolute: 3 })).toBe(true);
    // a column's own tolerance replaces the default one
    const tolerance = { relative: 0.5, columns: { rate: { absolute: 0.01 } } };
    expect(isWithinTolerance(0.1, 0.105, 'rate', tolerance)).toBe(true);
    expect(isWithinTolerance(0.1, 0.12, 'rate', tolerance)).toBe(false);
    expect(isWithinTolerance(10, 14, 'quantity', tolerance)).toBe(true);
  });
});

describe('diffTables', () => {
  it('lists the rows only in one side by their keys', () => {
    const old = aq.table({ category: ['error', 'transaction'], quantity: [10, 20] });
    const next = aq.table({ category: ['error', 'span'], quantity: [10, 5] });
    expect(diffTables(old, next)).toEqual({
      ...none,
      keys: ['category'],
      values: ['quantity'],
      rows: { old: 2, new: 2, both: 1 },
      onlyOld: [{ category: 'transaction' }],
      onlyNew: [{ category: 'span' }],
    });
  });

  it('counts a change inside the tolerance, and reports one outside it with its deltas', () => {
    const old = aq.table({ category: ['error', 'span'], quantity: [100, 100] });
    const next = aq.table({ category: ['error', 'span'], quantity: [104, 106] });
    expect(diffTables(old, next, { tolerance: { relative: 0.05 } })).toEqual({
      ...none,
      keys: ['category'],
      values: ['quantity'],
      rows: { old: 2, new: 2, both: 2 },
      changed: [
        { key: { category: 'span' }, column: 'quantity', old: 100, new: 106, delta: 6, relative: 0.06 },
      ],
      withinTolerance: 1,
    });
  });

  it('compares other values for equality and keys dates as ISO text', () => {
    const day = new Date('2026-11-20T00:00:00Z');
    const old = aq.table({ day: [day], title: ['a'], n: [0] });
    const next = aq.table({ day: [new Date(day.getTime())], title: ['b'], n: [2] });
    const drift = diffTables(old, next, { keys: ['day'] });
    expect(drift.changed).toEqual([
      {
        key: { day: '2026-11-20T00:00:00.000Z' },
        column: 'title',
        old: 'a',
        new: 'b',
        delta: null,
        relative: null,
      },
      { key: { day: '2026-11-20T00:00:00.000Z' }, column: 'n', old: 0, new: 2, delta: 2, relative: null },
    ]);
  });

  it('adds up the numbers of rows with equal keys', () => {
    const old = aq.table({
      category: ['error', 'error'],
      outcome: ['accepted', 'filtered'],
      quantity: [3, 4],
    });
    const next = aq.table({ category: ['error'], quantity: [7] });
    const drift = diffTables(old, next, { keys: ['category'], values: ['quantity'] });
    expect(hasTableDrift(drift)).toBe(false);
    expect(drift.rows).toEqual({ old: 1, new: 1, both: 1 });
  });

  it('finds no drift in a table compared with itself and leaves it unchanged', () => {
    const t = aq.table({ k: ['a', 'b', null], v: [1.5, null, 3] });
    const before = t.objects();
    const drift = diffTables(t, t);
    expect(drift).toEqual({ ...none, keys: ['k'], values: ['v'], rows: { old: 3, new: 3, both: 3 } });
    expect(t.objects()).toEqual(before);
  });

  it('throws report.missingColumn for a key a table does not have', () => {
    const t = aq.table({ k: ['a'] });
    try {
      diffTables(t, t, { keys: ['category'] });
      expect.unreachable();
    } catch (error) {
      expect(isSentryOfflineError(error) && error.code).toBe('report.missingColumn');
    }
  });
});
