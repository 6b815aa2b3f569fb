import { compareKey, compareKeys } from './compare-keys.js';

type Key = string | number | null;

/**
 * The order of distinct key tuples under {@link compareKeys}: the indices of `tuples`, sorted. Each key column's
 * few distinct values are sorted once and every tuple becomes one number (its ranks in mixed radix), so that the
 * tuples themselves are sorted natively instead of through thousands of calls of a comparator.
 * @param tuples distinct tuples of one width
 * @example
 * sortKeyTuples([[2, 'a'], [1, 'b'], [1, 'a']]); // [2, 1, 0]
 */
export function sortKeyTuples(tuples: readonly (readonly Key[])[]): number[] {
  const n = tuples.length;
  const width = n === 0 ? 0 : tuples[0].length;
  const ranks = new Float64Array(n);
  let radix = n;
  for (let d = 0; d < width; d++) {
    const values = [...new Set(tuples.map((t) => t[d]))].sort(compareKey);
    radix *= values.length;
    // beyond the exact integers, fall back to the comparator
    if (radix > Number.MAX_SAFE_INTEGER) {
      return tuples.map((_, i) => i).sort((a, b) => compareKeys(tuples[a], tuples[b]));
    }
    const rank = new Map(values.map((v, i) => [v, i]));
    for (let i = 0; i < n; i++) ranks[i] = ranks[i] * values.length + rank.get(tuples[i][d])!;
  }
  // the index rides in the low digits: distinct tuples have distinct ranks, so it only decodes the order
  for (let i = 0; i < n; i++) ranks[i] = ranks[i] * n + i;
  ranks.sort();
  return Array.from(ranks, (r) => r % n);
}
