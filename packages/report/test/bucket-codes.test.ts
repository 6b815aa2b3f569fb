import { describe, expect, it } from 'vitest';
import { bucketCodes } from '../src/util/bucket-codes.js';

const t = (iso: string) => new Date(iso);

describe('bucketCodes', () => {
  it('numbers the Vienna days of hours across the spring-forward night', () => {
    const starts = [t('2024-03-30T22:00:00Z'), t('2024-03-30T23:00:00Z'), t('2024-03-31T01:00:00Z')];
    const ends = [t('2024-03-30T23:00:00Z'), t('2024-03-31T00:00:00Z'), t('2024-03-31T02:00:00Z')];
    const out = bucketCodes(starts, ends, '1d', 'Europe/Vienna');
    expect(Array.from(out.codes)).toEqual([0, 1, 1]);
    // 31 March has 23 hours in Vienna
    expect(out.starts).toEqual([Date.parse('2024-03-29T23:00:00Z'), Date.parse('2024-03-30T23:00:00Z')]);
    expect(out.ends).toEqual([Date.parse('2024-03-30T23:00:00Z'), Date.parse('2024-03-31T22:00:00Z')]);
    expect(out.misaligned).toBeNull();
  });

  it('names the first item that runs past the end of its bucket', () => {
    const starts = ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', '2024-01-01T02:00:00Z'];
    const ends = ['2024-01-01T01:00:00Z', '2024-01-01T03:00:00Z', '2024-01-01T04:00:00Z'];
    expect(bucketCodes(starts, ends, '1h', 'UTC').misaligned).toEqual({
      item: 1,
      start: Date.parse(starts[1]),
      end: Date.parse(ends[1]),
    });
  });
});
