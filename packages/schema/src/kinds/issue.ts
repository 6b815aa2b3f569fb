import type { FromSchema } from 'json-schema-to-ts';
import type { Finding } from '../types.js';
import { issueFindings } from '../util/issue-findings.js';

const str = { type: ['string', 'null'] } as const;
const date = { type: ['string', 'null'], format: 'date-time' } as const;
const bool = { type: ['boolean', 'null'] } as const;
const obj = { type: ['object', 'null'] } as const;

/** The properties of one issue, shared by the issue detail and the issues list. */
export const issueProperties = {
  id: { type: 'string' },
  shortId: str,
  title: str,
  culprit: str,
  level: str,
  status: str,
  substatus: str,
  type: str,
  issueType: str,
  issueCategory: str,
  platform: str,
  logger: str,
  permalink: str,
  shareId: str,
  priority: str,
  count: { type: ['string', 'integer'] },
  userCount: { type: ['integer', 'null'] },
  firstSeen: date,
  lastSeen: date,
  numComments: { type: ['integer', 'null'] },
  isBookmarked: bool,
  isPublic: bool,
  isSubscribed: bool,
  isUnhandled: bool,
  hasSeen: bool,
  project: {
    type: 'object',
    properties: {
      id: { type: ['string', 'integer'] },
      slug: { type: 'string' },
      name: str,
      platform: str,
    },
  },
  metadata: obj,
  assignedTo: obj,
  statusDetails: obj,
  stats: obj,
  lifetime: obj,
  firstRelease: obj,
  lastRelease: obj,
  tags: { type: ['array', 'object', 'null'] },
} as const;

/** JSON Schema of the issue detail (`/organizations/{org}/issues/{id}/`). Unknown properties pass. */
export const issueSchema = {
  $id: 'sentry-offline:issue',
  title: 'issue',
  type: 'object',
  required: ['id'],
  properties: issueProperties,
} as const;

/** Issue detail (`/organizations/{org}/issues/{id}/`), typed from {@link issueSchema}. */
export type Issue = FromSchema<typeof issueSchema>;

/**
 * Checks of a schema-valid issue that JSON Schema cannot express: unknown level or status, a `count` that is not
 * a string of digits (Sentry writes counts as strings), first seen after last seen.
 * @param payload an issue that passed {@link issueSchema}
 * @example
 * const { findings } = checkIssue(payload);
 */
export function checkIssue(payload: Issue): { findings: Finding[] } {
  return { findings: issueFindings(payload, []) };
}
