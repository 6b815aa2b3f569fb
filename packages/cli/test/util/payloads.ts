/**
 * Small payloads for CLI tests, written by hand. STATS_V2: 2 hourly intervals, one group, totals 3 = 1 + 2.
 */
export const STATS_V2 = JSON.stringify(
  {
    start: '2024-01-01T00:00:00Z',
    end: '2024-01-01T02:00:00Z',
    intervals: ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z'],
    groups: [
      { by: { outcome: 'accepted' }, totals: { 'sum(quantity)': 3 }, series: { 'sum(quantity)': [1, 2] } },
    ],
  },
  null,
  2,
);

/** STATS_V2 with totals 5 but series adding up to 3 (Sentry's series truncation): a warning. */
export const STATS_V2_TRUNCATED = STATS_V2.replace('"sum(quantity)": 3', '"sum(quantity)": 5');

/** An API error body saved as data. */
export const ERROR_BODY = '{"detail": "You do not have permission to perform this action."}\n';
