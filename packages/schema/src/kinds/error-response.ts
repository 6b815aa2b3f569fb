import type { FromSchema } from 'json-schema-to-ts';

/**
 * JSON Schema of a Sentry API error body saved instead of a payload: `{"detail": "…"}` (400, 401, 403, 404, 429),
 * or `{"detail": {"code", "message", "extra"}}` (sudo, superuser and two-factor checks). Unknown properties pass.
 */
export const errorResponseSchema = {
  $id: 'sentry-offline:error-response',
  title: 'error-response',
  type: 'object',
  required: ['detail'],
  properties: {
    detail: {
      type: ['string', 'object'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

/** An API error body, typed from {@link errorResponseSchema}. */
export type ErrorResponse = FromSchema<typeof errorResponseSchema>;
