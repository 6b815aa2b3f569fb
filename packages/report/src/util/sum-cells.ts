/** Sums per cell, bucket and role: `sums[(cell * bucketCount + bucket) * ROLES + role]`. */
export const ROLES = 4;

/** The layout of the rows being summed: `blocks` × `steps`, and where each row's sum goes. */
export interface CellLayout {
  steps: number;
  /** The cell of each block. */
  cells: Int32Array;
  cellCount: number;
  /** The role (0 to 3) of each block. */
  roles: Int32Array;
  /** The time bucket of each step (null: one bucket). */
  stepBuckets: Int32Array | null;
  bucketCount: number;
}

/** Sums per cell × bucket × role, and which cells × buckets had rows (`seen[cell * bucketCount + bucket]`). */
export interface CellSums {
  sums: Float64Array;
  seen: Uint8Array;
}

/**
 * Adds each row's value into its cell, bucket and role, in row order; a null value counts 0. This is the only
 * loop over every row of a drop-rate report.
 * @param values one number per row (`blocks` × `steps` of them)
 * @param layout the cell and role of each block and the bucket of each step
 * @example
 * sumCells([1, 2, 3, 4], { steps: 2, cells: Int32Array.of(0, 0), cellCount: 1, roles: Int32Array.of(0, 1),
 *   stepBuckets: null, bucketCount: 1 });
 * // sums [3, 7, 0, 0], seen [1]
 */
export function sumCells(values: ArrayLike<number | null>, layout: CellLayout): CellSums {
  const { steps, cells, cellCount, roles, stepBuckets, bucketCount } = layout;
  const sums = new Float64Array(cellCount * bucketCount * ROLES);
  const seen = new Uint8Array(cellCount * bucketCount);
  const addBlock = values instanceof Float64Array ? addNumbers : addValues;
  // one small function per block rather than one loop over every row: it is optimised after a few blocks,
  // where a single long loop runs unoptimised until on-stack replacement (most of the time of a small table)
  for (let b = 0; b < cells.length; b++) {
    const base = cells[b] * bucketCount;
    if (stepBuckets === null) {
      if (steps > 0) seen[base] = 1;
      const slot = base * ROLES + roles[b];
      sums[slot] = addBlock(values, b * steps, (b + 1) * steps, sums[slot]);
    } else addBuckets(values, b * steps, stepBuckets, { sums, seen, base, role: roles[b] });
  }
  return { sums, seen };
}

function addNumbers(values: ArrayLike<number | null>, from: number, to: number, sum: number): number {
  for (let row = from; row < to; row++) sum += values[row] as number;
  return sum;
}

function addValues(values: ArrayLike<number | null>, from: number, to: number, sum: number): number {
  for (let row = from; row < to; row++) sum += values[row] ?? 0;
  return sum;
}

/** Adds a block's rows into the sums of their steps' buckets; the block's cell starts at `base`. */
function addBuckets(
  values: ArrayLike<number | null>,
  from: number,
  stepBuckets: Int32Array,
  { sums, seen, base, role }: CellSums & { base: number; role: number },
): void {
  for (let s = 0; s < stepBuckets.length; s++) {
    const slot = base + stepBuckets[s];
    sums[slot * ROLES + role] += values[from + s] ?? 0;
    seen[slot] = 1;
  }
}
