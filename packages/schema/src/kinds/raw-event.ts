import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the stored or ingested event JSON (`/events/{id}/json/`, Sentry's sample events: `exception.values[]`, snake_case frames). Unknown properties pass. */
export const rawEventSchema = {
  $id: 'sentry-offline:raw-event',
  title: 'raw-event',
  type: 'object',
} as const;

/** stored or ingested event JSON (`/events/{id}/json/`, Sentry's sample events: `exception.values[]`, snake_case frames). typed from {@link rawEventSchema}. */
export type RawEvent = FromSchema<typeof rawEventSchema>;
