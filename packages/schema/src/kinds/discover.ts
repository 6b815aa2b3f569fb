import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the Discover query response (`/organizations/{org}/events/`: `data[]` + `meta.fields`). Unknown properties pass. */
export const discoverSchema = {
  $id: 'sentry-offline:discover',
  title: 'discover',
  type: 'object',
  required: ['data'],
  properties: { data: { type: 'array' } },
} as const;

/** Discover query response (`/organizations/{org}/events/`: `data[]` + `meta.fields`). typed from {@link discoverSchema}. */
export type Discover = FromSchema<typeof discoverSchema>;
