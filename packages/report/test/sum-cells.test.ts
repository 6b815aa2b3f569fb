import { describe, expect, it } from 'vitest';
import { sumCells } from '../src/util/sum-cells.js';

describe('sumCells', () => {
  it('adds each block of steps into its cell and role', () => {
    // blocks of 3: cell 1 gets 1+2+3 (role 0) and 7+8+9 (role 1), cell 0 gets 4+5+6 (role 0)
    const out = sumCells(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), {
      steps: 3,
      cells: Int32Array.of(1, 0, 1),
      cellCount: 2,
      roles: Int32Array.of(0, 0, 1),
      stepBuckets: null,
      bucketCount: 1,
    });
    expect(Array.from(out.sums)).toEqual([15, 0, 0, 0, 6, 24, 0, 0]);
    expect(Array.from(out.seen)).toEqual([1, 1]);
  });

  it('adds each step into its bucket, counts null as 0 and marks only the cells × buckets that had rows', () => {
    // steps 0 and 1 fall in bucket 0, step 2 in bucket 1; block 0 is role 3, block 1 role 2; cell 2 has no block
    const out = sumCells([1, null, 3, 4, 5, 6], {
      steps: 3,
      cells: Int32Array.of(0, 1),
      cellCount: 3,
      roles: Int32Array.of(3, 2),
      stepBuckets: Int32Array.of(0, 0, 1),
      bucketCount: 2,
    });
    expect(Array.from(out.sums)).toEqual([
      ...[0, 0, 0, 1, 0, 0, 0, 3],
      ...[0, 0, 9, 0, 0, 0, 6, 0],
      ...[0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(Array.from(out.seen)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('marks a cell whose rows are all 0', () => {
    const out = sumCells([0, 0], {
      steps: 1,
      cells: Int32Array.of(0, 0),
      cellCount: 1,
      roles: Int32Array.of(1, 1),
      stepBuckets: null,
      bucketCount: 1,
    });
    expect([out.sums[1], out.seen[0]]).toEqual([0, 1]);
  });
});
