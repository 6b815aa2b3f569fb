import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the project event detail (`/projects/{org}/{project}/events/{id}/`: `entries[]`, camelCase frames). Unknown properties pass. */
export const eventSchema = { $id: 'sentry-offline:event', title: 'event', type: 'object' } as const;

/** project event detail (`/projects/{org}/{project}/events/{id}/`: `entries[]`, camelCase frames). typed from {@link eventSchema}. */
export type Event = FromSchema<typeof eventSchema>;
