import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { issueFindings } from '../util/issue-findings.js';
import { toPointer } from '../util/pointer.js';
import { issueProperties } from './issue.js';

/** JSON Schema of the list of issues (`/organizations/{org}/issues/`, `/projects/{org}/{project}/issues/`). Unknown properties pass. */
export const issuesListSchema = {
  $id: 'sentry-offline:issues-list',
  title: 'issues-list',
  type: 'array',
  items: { type: 'object', required: ['id'], properties: issueProperties },
} as const;

/** List of issues (`/organizations/{org}/issues/`, `/projects/{org}/{project}/issues/`), typed from {@link issuesListSchema}. */
export type IssuesList = FromSchema<typeof issuesListSchema>;

/**
 * Checks of a schema-valid issues list that JSON Schema cannot express: each issue as {@link checkIssue} does,
 * and the same issue twice (overlapping pages).
 * @param payload an issues list that passed {@link issuesListSchema}
 * @example
 * const { findings, facts } = checkIssuesList(payload); // facts.issues
 */
export function checkIssuesList(payload: IssuesList): { findings: Finding[]; facts: { issues: number } } {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  payload.forEach((issue, i) => {
    findings.push(...issueFindings(issue, [i]));
    const first = seen.get(issue.id);
    if (first !== undefined) {
      findings.push({
        pointer: toPointer([i, 'id']),
        keyword: 'duplicateIssue',
        message: `issue "${issue.id}" is also /${first}: overlapping pages would count it twice`,
      });
    } else seen.set(issue.id, i);
  });
  return { findings, facts: { issues: payload.length } };
}
