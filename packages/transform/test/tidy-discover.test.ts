import { describe, expect, it } from 'vitest';
import type { Discover } from '@sentry-offline/schema';
import { tidyDiscover } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const payload = (): Discover => ({
  data: [
    {
      transaction: '/api',
      'count()': 10,
      'p95(transaction.duration)': 250.5,
      'last_seen()': '2024-06-01T10:00:00+00:00',
      'failure_rate()': 0.1,
      is_transaction: true,
    },
    {
      transaction: '/home',
      'count()': '3',
      'p95(transaction.duration)': null,
      'last_seen()': 1717236000,
      'failure_rate()': 0,
      is_transaction: 'false',
    },
  ],
  meta: {
    fields: {
      transaction: 'string',
      'count()': 'integer',
      'p95(transaction.duration)': 'duration',
      'last_seen()': 'date',
      'failure_rate()': 'percentage',
      is_transaction: 'boolean',
    },
    units: { 'p95(transaction.duration)': 'millisecond' },
  },
});

describe('tidyDiscover', () => {
  it('types columns from meta.fields: numbers, dates (ISO or epoch seconds), booleans', () => {
    expectTable(tidyDiscover(payload()).data, {
      transaction: ['/api', '/home'],
      'count()': [10, 3],
      'p95(transaction.duration)': [250.5, null],
      'last_seen()': [new Date('2024-06-01T10:00:00Z'), new Date('2024-06-01T10:00:00Z')],
      'failure_rate()': [0.1, 0],
      is_transaction: [true, false],
    });
  });

  it('describes each column with its type and unit', () => {
    const { columns } = tidyDiscover(payload(), { columnNames: 'alias' });
    expectTable(columns.slice(1, 3), {
      name: ['count', 'p95_transaction_duration'],
      field: ['count()', 'p95(transaction.duration)'],
      type: ['integer', 'duration'],
      unit: [null, 'millisecond'],
    });
  });

  it('uses aggregate aliases as column names with columnNames: alias', () => {
    expect(tidyDiscover(payload(), { columnNames: 'alias' }).data.columnNames()).toEqual([
      'transaction',
      'count',
      'p95_transaction_duration',
      'last_seen',
      'failure_rate',
      'is_transaction',
    ]);
  });

  it('keeps fields missing from meta as they are, after the described ones', () => {
    const { data, columns } = tidyDiscover({
      data: [{ a: 1, issue: 'X-1' }],
      meta: { fields: { a: 'integer' } },
    });
    expectTable(data, { a: [1], issue: ['X-1'] });
    expect(columns.array('type')).toEqual(['integer', null]);
  });

  it('never mutates its input', () => {
    const input = deepFreeze(payload());
    tidyDiscover(input);
    expect(input).toEqual(payload());
  });

  it('throws transform.invalidPayload without a data array', () => {
    expect(() => tidyDiscover({ meta: {} } as unknown as Discover)).toThrow(
      expect.objectContaining({ code: 'transform.invalidPayload' }),
    );
  });
});
