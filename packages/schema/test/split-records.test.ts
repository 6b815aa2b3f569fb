import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitRecords, validate, validateText } from '../src/index.js';
import { fixturesDir } from './util/cases.js';

const ID = (n: number) => String(n).repeat(32);

describe('splitRecords', () => {
  it('keeps the good events of a list with one bad element', () => {
    const text = readFileSync(
      join(fixturesDir, 'bad-input/invalid-events-list-one-bad-element/payload.json'),
      'utf8',
    );
    const result = validateText('events.json', text);
    const before = structuredClone(result.value);
    const split = splitRecords(result);
    expect(split).toMatchObject({
      pointer: '',
      total: 3,
      rejected: [
        { index: 1, pointer: '/1/eventID', keyword: 'type', message: 'expected string, found number 7' },
      ],
    });
    expect((split?.kept as Array<{ eventID: string }>).map((e) => e.eventID)).toEqual([
      '3f9c2a71d0e84b6fa5c1e2d7b8a90c14',
      'c0a8e1f29b7d4c36a5e4f3d2c1b0a987',
    ]);
    expect(result.value).toEqual(before);
  });

  it('names a null element at its index', () => {
    const split = splitRecords(
      validate([{ eventID: ID(1) }, null, 3, { eventID: ID(2) }], { kind: 'events-list' }),
    );
    expect(split?.rejected.map((r) => [r.index, r.pointer, r.keyword])).toEqual([
      [1, '/1', 'type'],
      [2, '/2', 'type'],
    ]);
    expect(split?.total).toBe(4);
    expect(split?.kept).toEqual([{ eventID: ID(1) }, { eventID: ID(2) }]);
  });

  it('splits Discover rows and keeps meta', () => {
    const payload = {
      data: [{ 'count()': 3 }, 'row', { 'count()': 4 }],
      meta: { fields: { 'count()': 'integer' } },
    };
    const split = splitRecords(validate(payload));
    expect(split?.pointer).toBe('/data');
    expect(split?.rejected.map((r) => r.pointer)).toEqual(['/data/1']);
    expect(split?.kept).toEqual({ data: [{ 'count()': 3 }, { 'count()': 4 }], meta: payload.meta });
  });

  it('counts every record of a valid list as kept', () => {
    const value = [
      [1795305600, 3],
      [1795309200, 4],
    ];
    const result = validate(value);
    expect(splitRecords(result)).toEqual({ pointer: '', total: 2, kept: value, rejected: [] });
  });

  it('gives null for kinds that are not lists, and for errors outside the records', () => {
    expect(splitRecords(validate({ detail: 'Not found.' }))).toBeNull();
    expect(splitRecords(validate({ eventID: ID(1) }, { kind: 'events-list' }))).toBeNull();
    expect(splitRecords(validate({ data: [{ a: 1 }], meta: 'x' }, { kind: 'discover' }))).toBeNull();
  });
});
