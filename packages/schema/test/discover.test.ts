import { describe, expect, it } from 'vitest';
import { checkDiscover, validate } from '../src/index.js';

const meta = {
  fields: { transaction: 'string', 'count()': 'integer' },
  units: { transaction: null, 'count()': null },
};

describe('checkDiscover', () => {
  it('accepts rows whose keys are all in meta.fields', () => {
    const p = { data: [{ transaction: '/a', 'count()': 3 }], meta: { ...meta, dataset: 'transactions' } };
    expect(checkDiscover(p)).toEqual({
      findings: [],
      facts: { rows: 1, fields: ['transaction', 'count()'], dataset: 'transactions' },
    });
  });

  it('reports an undeclared key once, at its first row, with how many rows have it', () => {
    const p = {
      data: [
        { transaction: '/a', 'count()': 3 },
        { transaction: '/b', 'count()': 1, issue: 'WEB-1' },
        { issue: 'WEB-2' },
      ],
      meta,
    };
    expect(checkDiscover(p).findings).toEqual([
      {
        pointer: '/data/1/issue',
        keyword: 'undeclaredField',
        message: '"issue" (in 2 of 3 rows) is not in meta.fields (have: transaction, count())',
      },
    ]);
  });

  it('accepts the issue short id Sentry adds beside issue.id', () => {
    const p = { data: [{ 'issue.id': 1, issue: 'WEB-1' }], meta: { fields: { 'issue.id': 'integer' } } };
    expect(checkDiscover(p).findings).toEqual([]);
  });

  it('names an unknown field type', () => {
    const p = { data: [], meta: { fields: { 'p95()': 'milliseconds' } } };
    expect(checkDiscover(p).findings).toEqual([
      {
        pointer: '/meta/fields/p95()',
        keyword: 'unknownValue',
        severity: 'warning',
        message: 'unknown field type "milliseconds": newer than this version of sentry-offline, or a typo',
      },
    ]);
  });

  it('reports rows without meta.fields, but not an empty answer', () => {
    expect(checkDiscover({ data: [{ a: 1 }], meta: {} }).findings).toEqual([
      { pointer: '/meta', keyword: 'fields', message: 'has no "fields": the type of each column is unknown' },
    ]);
    expect(checkDiscover({ data: [], meta: { tips: { query: null } } })).toEqual({
      findings: [],
      facts: { rows: 0, fields: [], dataset: null },
    });
  });
});

describe('validate (discover)', () => {
  it('accepts null units and tips, and rejects a field type that is not a string', () => {
    expect(validate({ data: [], meta: { ...meta, tips: { query: null, columns: null } } }).ok).toBe(true);
    const p = { data: [], meta: { fields: { 'count()': 3 } } };
    expect(validate(p).issues.map((i) => [i.pointer, i.keyword])).toEqual([['/meta/fields/count()', 'type']]);
  });
});
