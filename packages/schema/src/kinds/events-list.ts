import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the list of events (`/projects/{org}/{project}/events/`, `/issues/{id}/events/`). Unknown properties pass. */
export const eventsListSchema = {
  $id: 'sentry-offline:events-list',
  title: 'events-list',
  type: 'array',
  items: { type: 'object' },
} as const;

/** list of events (`/projects/{org}/{project}/events/`, `/issues/{id}/events/`). typed from {@link eventsListSchema}. */
export type EventsList = FromSchema<typeof eventsListSchema>;
