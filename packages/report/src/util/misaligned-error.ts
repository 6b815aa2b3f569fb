import { SentryOfflineError } from '@sentry-offline/schema';

/** `report.bucketMisaligned`: row `row` runs from `start` to `end` (ms), past the end of its bucket. */
export function misalignedError(
  row: number,
  start: number,
  end: number,
  interval: string,
  timeZone: string,
): SentryOfflineError {
  return new SentryOfflineError(
    'report.bucketMisaligned',
    `row ${row} (${new Date(start).toISOString()} to ${new Date(end).toISOString()}) does not fit in one ` +
      `${interval} bucket in ${timeZone}: use a coarser interval or another time zone ` +
      '(a groupBy=project response has one row for the whole window and no time series)',
    { details: { row, interval, timeZone } },
  );
}
