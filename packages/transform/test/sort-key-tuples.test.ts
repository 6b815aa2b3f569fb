import { describe, expect, it } from 'vitest';
import { compareKeys } from '../src/util/compare-keys.js';
import { sortKeyTuples } from '../src/util/sort-key-tuples.js';

type Key = string | number | null;

/** The order through the comparator itself. */
const byComparator = (tuples: Key[][]) =>
  tuples.map((_, i) => i).sort((a, b) => compareKeys(tuples[a], tuples[b]));

describe('sortKeyTuples', () => {
  it('orders null first, then numbers by value, then text, column by column', () => {
    const tuples: Key[][] = [
      ['web', 'error'],
      [10, 'error'],
      [9, 'span'],
      [null, 'error'],
      [9, 'error'],
      [9, null],
    ];
    expect(sortKeyTuples(tuples)).toEqual([3, 5, 4, 2, 1, 0]);
  });

  it('gives the comparator order when the ranks would leave the exact integers', () => {
    // 1000 tuples of six columns of 1000 distinct values each: 1000^7 ranks
    const tuples: Key[][] = Array.from({ length: 1000 }, (_, i) => {
      const v = (i * 7919) % 1000;
      return [v, `p${v}`, 1000 - v, v * 2, `q${999 - v}`, -v];
    });
    expect(sortKeyTuples(tuples)).toEqual(byComparator(tuples));
  });

  it('sorts no tuples', () => {
    expect(sortKeyTuples([])).toEqual([]);
  });
});
