import { SentryOfflineError } from '@sentry-offline/schema';
import type { BucketInterval } from './bucket-bounds.js';

const INTERVALS: readonly string[] = ['1h', '1d', '1w', '1mo'];

/** Throws `report.invalidInterval` unless `interval` is one of 1h, 1d, 1w, 1mo. */
export function checkInterval(interval: string): asserts interval is BucketInterval {
  if (!INTERVALS.includes(interval)) {
    throw new SentryOfflineError(
      'report.invalidInterval',
      `unknown interval "${interval}" (expected one of: ${INTERVALS.join(', ')})`,
      { details: { interval } },
    );
  }
}
