/** The layout of the rows being summed: `blocks` × `steps`, and where each row's sum goes. */
export interface CellLayout {
  steps: number;
  /** The cell of each block. */
  cells: Int32Array;
  cellCount: number;
  /** The time bucket of each step (null: one bucket). */
  stepBuckets: Int32Array | null;
  bucketCount: number;
}

/** Sums per cell × bucket (`sums[cell * bucketCount + bucket]`) and which of them had rows. */
export interface CellSums {
  sums: Float64Array;
  seen: Uint8Array;
}

/**
 * Adds each row's value into its cell and bucket, in row order; a null value counts 0. This is the only loop
 * over every row of a drop-rate report.
 * @param values one number per row (`blocks` × `steps` of them)
 * @param layout the cell of each block and the bucket of each step
 * @example
 * sumCells([1, 2, 3, 4], { steps: 2, cells: Int32Array.of(0, 0), cellCount: 1, stepBuckets: null, bucketCount: 1 });
 * // sums [10], seen [1]
 */
export function sumCells(values: ArrayLike<number | null>, layout: CellLayout): CellSums {
  const { steps, cells, cellCount, stepBuckets, bucketCount } = layout;
  const sums = new Float64Array(cellCount * bucketCount);
  const seen = new Uint8Array(cellCount * bucketCount);
  const addBlock = values instanceof Float64Array ? addNumbers : addValues;
  // one small function per block rather than one loop over every row: it is optimised after a few blocks,
  // where a single long loop runs unoptimised until on-stack replacement (most of the time of a small table)
  for (let b = 0; b < cells.length; b++) {
    const base = cells[b] * bucketCount;
    if (stepBuckets === null) {
      if (steps > 0) seen[base] = 1;
      sums[base] = addBlock(values, b * steps, (b + 1) * steps, sums[base]);
    } else addBuckets(values, b * steps, stepBuckets, sums, seen, base);
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
  sums: Float64Array,
  seen: Uint8Array,
  base: number,
): void {
  for (let s = 0; s < stepBuckets.length; s++) {
    const slot = base + stepBuckets[s];
    sums[slot] += values[from + s] ?? 0;
    seen[slot] = 1;
  }
}
