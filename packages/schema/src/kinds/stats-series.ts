import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the legacy `[[unix_seconds, count], …]` stats series (`/organizations/{org}/stats/`, `/projects/{org}/{project}/stats/`). Unknown properties pass. */
export const statsSeriesSchema = {
  $id: 'sentry-offline:stats-series',
  title: 'stats-series',
  type: 'array',
  items: { type: 'array' },
} as const;

/** legacy `[[unix_seconds, count], …]` stats series (`/organizations/{org}/stats/`, `/projects/{org}/{project}/stats/`). typed from {@link statsSeriesSchema}. */
export type StatsSeries = FromSchema<typeof statsSeriesSchema>;
