import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { toPointer } from '../util/pointer.js';
import { stepFindings } from '../util/step-findings.js';

/**
 * JSON Schema of the legacy `[[unix_seconds, count], …]` stats series (`/organizations/{org}/stats/`,
 * `/projects/{org}/{project}/stats/`): a list of two-number pairs.
 */
export const statsSeriesSchema = {
  $id: 'sentry-offline:stats-series',
  title: 'stats-series',
  type: 'array',
  items: {
    type: 'array',
    items: [{ type: 'number' }, { type: 'number' }],
    minItems: 2,
    maxItems: 2,
  },
} as const;

/** A legacy stats series, typed from {@link statsSeriesSchema}. */
export type StatsSeries = FromSchema<typeof statsSeriesSchema>;

/** What validation learns about a stats series besides its issues. */
export interface StatsSeriesFacts {
  points: number;
  /** The step between points in seconds; null with fewer than two increasing points. */
  intervalSeconds: number | null;
  /** The sum of the counts. */
  total: number;
}

/**
 * Checks of a schema-valid stats series that JSON Schema cannot express: timestamps strictly increasing and
 * evenly spaced (the interval is inferred and reported), counts not negative.
 * @param series a series that passed {@link statsSeriesSchema}
 * @example
 * checkStatsSeries([[1541455200, 1184], [1541458800, 1410]]).facts; // { points: 2, intervalSeconds: 3600, total: 2594 }
 */
export function checkStatsSeries(series: StatsSeries): { findings: Finding[]; facts: StatsSeriesFacts } {
  const { findings, step } = stepFindings(
    series.map(([ts]) => ts),
    (i) => toPointer([i, 0]),
  );
  let total = 0;
  series.forEach(([, count], i) => {
    total += count;
    if (count < 0) {
      findings.push({
        pointer: toPointer([i, 1]),
        keyword: 'negativeCount',
        message: `count ${count} is negative: counts of events cannot be`,
      });
    }
  });
  return { findings, facts: { points: series.length, intervalSeconds: step, total } };
}
