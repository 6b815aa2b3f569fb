import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the `/organizations/{org}/stats-summary/` response. Unknown properties pass. */
export const statsSummarySchema = {
  $id: 'sentry-offline:stats-summary',
  title: 'stats-summary',
  type: 'object',
  required: ['projects'],
  properties: { projects: { type: 'array' } },
} as const;

/** `/organizations/{org}/stats-summary/` response. typed from {@link statsSummarySchema}. */
export type StatsSummary = FromSchema<typeof statsSummarySchema>;
