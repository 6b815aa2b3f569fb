import { wallClock, zonedMidnight } from './wall-clock.js';

/** The time buckets a report can use: hour, day, ISO week (Monday to Monday), calendar month. */
export type BucketInterval = '1h' | '1d' | '1w' | '1mo';

const HOUR = 3_600_000;

/** Start and end (ms) of the bucket of `interval` in `timeZone` that holds the instant `time`. */
export function bucketBounds(time: number, interval: BucketInterval, timeZone: string): [number, number] {
  const w = wallClock(time, timeZone);
  if (interval === '1h') {
    const start = time - (((w.minute * 60 + w.second) * 1000 + (time % 1000)) % HOUR);
    return [start, start + HOUR];
  }
  if (interval === '1d') {
    return [
      zonedMidnight(w.year, w.month, w.day, timeZone),
      zonedMidnight(w.year, w.month, w.day + 1, timeZone),
    ];
  }
  if (interval === '1w') {
    const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
    const monday = w.day - ((weekday + 6) % 7);
    return [
      zonedMidnight(w.year, w.month, monday, timeZone),
      zonedMidnight(w.year, w.month, monday + 7, timeZone),
    ];
  }
  return [zonedMidnight(w.year, w.month, 1, timeZone), zonedMidnight(w.year, w.month + 1, 1, timeZone)];
}

/**
 * {@link bucketBounds} remembered per instant: tables repeat the same few interval starts on every group, and
 * the wall clock of a time zone (Intl) is slow to ask.
 */
export function bucketLookup(interval: BucketInterval, timeZone: string): (time: number) => [number, number] {
  const seen = new Map<number, [number, number]>();
  return (time) => {
    let bounds = seen.get(time);
    if (bounds === undefined) seen.set(time, (bounds = bucketBounds(time, interval, timeZone)));
    return bounds;
  };
}
