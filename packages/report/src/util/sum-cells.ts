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
  const typed = values instanceof Float64Array;
  for (let b = 0, row = 0; b < cells.length; b++) {
    const base = cells[b] * bucketCount;
    if (stepBuckets === null) {
      if (steps > 0) seen[base] = 1;
      let sum = sums[base];
      if (typed) for (let s = 0; s < steps; s++, row++) sum += values[row] as number;
      else for (let s = 0; s < steps; s++, row++) sum += values[row] ?? 0;
      sums[base] = sum;
      continue;
    }
    for (let s = 0; s < steps; s++, row++) {
      const cell = base + stepBuckets[s];
      seen[cell] = 1;
      sums[cell] += values[row] ?? 0;
    }
  }
  return { sums, seen };
}
