import type { ColumnTable } from 'arquero';
import type { BucketInterval } from '../../util/bucket-bounds.js';
import { timeOf } from '../../util/time-of.js';

const SIZES: [BucketInterval, number][] = [
  ['1h', 3_600_000],
  ['1d', 86_400_000],
  ['1w', 7 * 86_400_000],
  ['1mo', 31 * 86_400_000],
];

/**
 * The finest bucket that holds every row's interval and gives at most `maxBuckets` buckets over the window;
 * null when the table has no time columns or only one bucket's worth of time (a whole-window response).
 */
export function pickInterval(table: ColumnTable, maxBuckets = 120): BucketInterval | null {
  const names = table.columnNames();
  if (!names.includes('interval_start') || !names.includes('interval_end') || table.numRows() === 0)
    return null;
  const starts = table.array('interval_start') as ArrayLike<unknown>;
  const ends = table.array('interval_end') as ArrayLike<unknown>;
  let width = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    const start = timeOf(starts[i]);
    const end = timeOf(ends[i]);
    width = Math.max(width, end - start);
    first = Math.min(first, start);
    last = Math.max(last, end);
  }
  if (width >= last - first) return null;
  const fit = SIZES.find(([, size]) => size >= width && (last - first) / size <= maxBuckets);
  return fit ? fit[0] : '1mo';
}
