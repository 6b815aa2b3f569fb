import type { FromSchema } from 'json-schema-to-ts';

/** JSON Schema of the list of issues (`/organizations/{org}/issues/`, `/projects/{org}/{project}/issues/`). Unknown properties pass. */
export const issuesListSchema = {
  $id: 'sentry-offline:issues-list',
  title: 'issues-list',
  type: 'array',
  items: { type: 'object' },
} as const;

/** list of issues (`/organizations/{org}/issues/`, `/projects/{org}/{project}/issues/`). typed from {@link issuesListSchema}. */
export type IssuesList = FromSchema<typeof issuesListSchema>;
