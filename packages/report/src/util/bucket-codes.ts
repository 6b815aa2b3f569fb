import { bucketLookup, type BucketInterval } from './bucket-bounds.js';
import { timeOf } from './time-of.js';

/** The time bucket of each item, numbered in order of first appearance, and the first item that fits none. */
export interface BucketCodes {
  codes: Int32Array;
  /** Start and end (ms) of each bucket, by code. */
  starts: number[];
  ends: number[];
  /** The first item whose end falls past the end of its bucket (null: none), with its start and end (ms). */
  misaligned: { item: number; start: number; end: number } | null;
}

/**
 * Numbers the buckets of `interval` in `timeZone` that hold each item's `[start, end]`; each distinct start is
 * placed once (the wall clock of a zone is slow to ask).
 * @param starts the start of each item (Date, ISO string or ms)
 * @param ends the end of each item
 * @param interval the bucket size
 * @param timeZone the IANA zone of the bucket edges
 * @example
 * bucketCodes([d('00:00'), d('01:00'), d('00:00')], [d('01:00'), d('02:00'), d('01:00')], '1d', 'UTC');
 * // codes [0, 0, 0], starts [midnight], misaligned null
 */
export function bucketCodes(
  starts: ArrayLike<unknown>,
  ends: ArrayLike<unknown>,
  interval: BucketInterval,
  timeZone: string,
): BucketCodes {
  const boundsOf = bucketLookup(interval, timeZone);
  const codes = new Int32Array(starts.length);
  const known = new Map<number, number>();
  const out: BucketCodes = { codes, starts: [], ends: [], misaligned: null };
  for (let i = 0; i < starts.length; i++) {
    const start = timeOf(starts[i]);
    const [from, to] = boundsOf(start);
    const end = timeOf(ends[i]);
    if (end > to && out.misaligned === null) out.misaligned = { item: i, start, end };
    let code = known.get(from);
    if (code === undefined) {
      known.set(from, (code = out.starts.length));
      out.starts.push(from);
      out.ends.push(to);
    }
    codes[i] = code;
  }
  return out;
}
