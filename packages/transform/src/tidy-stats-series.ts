import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError, type StatsSeries } from '@sentry-offline/schema';

/** Options of {@link tidyStatsSeries}. */
export interface TidyStatsSeriesOptions {
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

/**
 * Turns a legacy `[[unix_seconds, count], …]` series (`/organizations/{org}/stats/`, `/projects/…/stats/`, an
 * issue's `stats["24h"]`) into a table with the columns `timestamp` (UTC Date of the bucket's start) and `count`,
 * in the payload's order.
 * @param payload the parsed series
 * @param options file (default `"<input>"`)
 * @example
 * tidyStatsSeries([[1541455200, 473], [1541458800, 914]]).array('count'); // [473, 914]
 */
export function tidyStatsSeries(
  payload: StatsSeries,
  { file = '<input>' }: TidyStatsSeriesOptions = {},
): ColumnTable {
  if (!Array.isArray(payload)) {
    throw new SentryOfflineError(
      'transform.invalidPayload',
      `${file}: expected a list of [timestamp, count] pairs`,
      {
        details: { file, pointer: '' },
      },
    );
  }
  const n = payload.length;
  const timestamp = new Array<Date>(n);
  const count = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pair: unknown = payload[i];
    if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') {
      throw new SentryOfflineError(
        'transform.invalidPayload',
        `${file}: /${i} is ${JSON.stringify(pair)}, expected [unix_seconds, count]`,
        { details: { file, pointer: `/${i}` } },
      );
    }
    timestamp[i] = new Date(pair[0] * 1000);
    count[i] = pair[1];
  }
  return aq.table({ timestamp, count });
}
