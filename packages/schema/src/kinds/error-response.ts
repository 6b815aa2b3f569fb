import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the API error body (`{"detail": …}`) saved instead of a payload. Unknown properties pass. */
export const errorResponseSchema = {
  $id: 'sentry-offline:error-response',
  title: 'error-response',
  type: 'object',
  required: ['detail'],
  properties: { detail: {} },
} as const;

/** API error body (`{"detail": …}`) saved instead of a payload. typed from {@link errorResponseSchema}. */
export type ErrorResponse = FromSchema<typeof errorResponseSchema>;
