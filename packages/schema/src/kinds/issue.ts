import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the issue detail (`/organizations/{org}/issues/{id}/`). Unknown properties pass. */
export const issueSchema = { $id: 'sentry-offline:issue', title: 'issue', type: 'object' } as const;

/** issue detail (`/organizations/{org}/issues/{id}/`). typed from {@link issueSchema}. */
export type Issue = FromSchema<typeof issueSchema>;
