import { describe, expect, it } from 'vitest';
import { combineCodes } from '../src/util/combine-codes.js';
import { lcg } from './util/lcg.js';

/** The same numbering through string ids: first appearance of each tuple. */
function byStrings(dimensions: { codes: ArrayLike<number> }[], length: number): number[] {
  const ids = new Map<string, number>();
  return Array.from({ length }, (_, i) => {
    const id = dimensions.map((d) => d.codes[i]).join(',');
    if (!ids.has(id)) ids.set(id, ids.size);
    return ids.get(id)!;
  });
}

describe('combineCodes', () => {
  it('numbers each distinct combination in order of first appearance', () => {
    const out = combineCodes(
      [
        { codes: [1, 0, 1, 0, 1], size: 2 },
        { codes: [2, 0, 2, 1, 0], size: 3 },
      ],
      5,
    );
    expect(Array.from(out.ids)).toEqual([0, 1, 0, 2, 3]);
    expect(out.count).toBe(4);
    expect(Array.from(out.first)).toEqual([0, 1, 3, 4]);
  });

  it('gives one id to every item without dimensions, and none to no items', () => {
    expect(Array.from(combineCodes([], 3).ids)).toEqual([0, 0, 0]);
    expect(combineCodes([{ codes: [], size: 0 }], 0).count).toBe(0);
  });

  it('renumbers on the way when the product of the sizes is large, with the same result', () => {
    const random = lcg(7);
    const length = 5000;
    // 4000^3 possible combinations: renumbered after the first dimension, paired through a Map after that
    const dimensions = [0, 1, 2].map(() => ({
      codes: Int32Array.from({ length }, () => Math.floor(random() * (random() < 0.5 ? 3 : 4000))),
      size: 4000,
    }));
    const out = combineCodes(dimensions, length);
    const expected = byStrings(dimensions, length);
    expect(Array.from(out.ids)).toEqual(expected);
    expect(out.count).toBe(Math.max(...expected) + 1);
  });
});
