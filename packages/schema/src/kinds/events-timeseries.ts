import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the `/organizations/{org}/events-timeseries/` response (`timeSeries[]`) or the older `/events-stats/` one (`data: [[ts, [{count}]]]`). Unknown properties pass. */
export const eventsTimeseriesSchema = {
  $id: 'sentry-offline:events-timeseries',
  title: 'events-timeseries',
  type: 'object',
} as const;

/** `/organizations/{org}/events-timeseries/` response (`timeSeries[]`) or the older `/events-stats/` one (`data: [[ts, [{count}]]]`). typed from {@link eventsTimeseriesSchema}. */
export type EventsTimeseries = FromSchema<typeof eventsTimeseriesSchema>;
