import { describe, expect, it } from 'vitest';
import { readDiscoverCsv, tidyDiscover } from '../src/index.js';
import { expectTable } from './util/expect-table.js';

// as Discover's "Export to CSV" writes it (papaparse unparse; text starting with = + - @ quoted with ')
const current = [
  'transaction,count(),p95(transaction.duration),last_seen(),message',
  '/api,10,250.5,2024-06-01T10:00:00+00:00,"\'=SUM(A1)"',
  '/home,3,,2024-06-01T11:00:00+00:00,"a, b"',
].join('\r\n');
const older = ['transaction,count,p95_transaction_duration', '/api,10,250.5', '/home,3,'].join('\n');

describe('readDiscoverCsv', () => {
  it('infers numbers and ISO dates, reads empty cells as null and removes the macro guard', () => {
    expectTable(readDiscoverCsv(current).data, {
      transaction: ['/api', '/home'],
      'count()': [10, 3],
      'p95(transaction.duration)': [250.5, null],
      'last_seen()': [new Date('2024-06-01T10:00:00Z'), new Date('2024-06-01T11:00:00Z')],
      message: ['=SUM(A1)', 'a, b'],
    });
  });

  it('matches alias headers of older exports to the given meta.fields, typed from them', () => {
    const fields = { transaction: 'string', 'count()': 'integer', 'p95(transaction.duration)': 'duration' };
    const { data, columns } = readDiscoverCsv(older, {
      fields,
      units: { 'p95(transaction.duration)': 'millisecond' },
    });
    expectTable(data, {
      transaction: ['/api', '/home'],
      'count()': [10, 3],
      'p95(transaction.duration)': [250.5, null],
    });
    expect(columns.array('unit')).toEqual([null, null, 'millisecond']);
  });

  it('gives the same table for a current and an older export with columnNames: alias', () => {
    const a = readDiscoverCsv(current, { columnNames: 'alias' }).data.select(
      'transaction',
      'count',
      'p95_transaction_duration',
    );
    const b = readDiscoverCsv(older, { columnNames: 'alias' }).data;
    expect(a.objects()).toEqual(b.objects());
  });

  it('agrees with tidyDiscover on the JSON of the same rows', () => {
    const json = {
      data: [
        { transaction: '/api', 'count()': 10 },
        { transaction: '/home', 'count()': 3 },
      ],
      meta: { fields: { transaction: 'string', 'count()': 'integer' } },
    };
    const csv = 'transaction,count()\n/api,10\n/home,3\n';
    expect(readDiscoverCsv(csv, { fields: json.meta.fields }).data.objects()).toEqual(
      tidyDiscover(json).data.objects(),
    );
  });

  it('gives empty tables for an empty file', () => {
    expect(readDiscoverCsv('').data.numRows()).toBe(0);
  });
});
