/** One dimension of a combined key: a code per item, each below `size`. */
export interface CodeDimension {
  codes: ArrayLike<number>;
  size: number;
}

/** Combined keys numbered from 0 in order of first appearance, and the first item of each. */
export interface CombinedCodes {
  ids: Int32Array;
  count: number;
  /** For each id, the first item that has it. */
  first: Int32Array;
}

// mixed-radix ids stay below this, so that they are renumbered through a lookup array (16 MiB) instead of a Map
const MAX_LOOKUP = 2 ** 22;

/** Renumbers `ids` (each below `size`: MAX_LOOKUP at most, or the number of items) from 0 in order of first appearance, in place. */
function renumber(ids: Int32Array, size: number): CombinedCodes {
  const firsts: number[] = [];
  const lookup = new Int32Array(size).fill(-1);
  for (let i = 0; i < ids.length; i++) {
    let id = lookup[ids[i]];
    if (id < 0) {
      id = lookup[ids[i]] = firsts.length;
      firsts.push(i);
    }
    ids[i] = id;
  }
  return { ids, count: firsts.length, first: Int32Array.from(firsts) };
}

/** Combines `ids` with one more dimension through a Map, for combinations too many for a lookup array. */
function renumberPairs(ids: Int32Array, { codes, size }: CodeDimension): number {
  const lookup = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) {
    // exact while ids × size < 2^53, i.e. for any table of fewer than 94 million rows
    const pair = ids[i] * size + codes[i];
    let id = lookup.get(pair);
    if (id === undefined) lookup.set(pair, (id = lookup.size));
    ids[i] = id;
  }
  return lookup.size;
}

/**
 * Combines several codes per item into one small integer per distinct combination (mixed radix, renumbered
 * whenever the product of the sizes grows large), numbered in order of first appearance.
 * @param dimensions the codes of each dimension, all of `length` items
 * @param length the number of items
 * @example
 * combineCodes([{ codes: [0, 1, 0], size: 2 }, { codes: [0, 0, 0], size: 1 }], 3); // ids [0, 1, 0], count 2
 */
export function combineCodes(dimensions: readonly CodeDimension[], length: number): CombinedCodes {
  const ids = new Int32Array(length);
  let size = 1;
  for (const dimension of dimensions) {
    const { codes, size: radix } = dimension;
    if (size * radix > MAX_LOOKUP) size = renumber(ids, size).count;
    if (size * radix > MAX_LOOKUP) {
      size = renumberPairs(ids, dimension);
      continue;
    }
    for (let i = 0; i < length; i++) ids[i] = ids[i] * radix + codes[i];
    size *= radix;
  }
  return renumber(ids, size);
}
