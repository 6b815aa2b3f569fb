import type { Finding } from '../types.js';
import { ISSUE_STATUSES, LEVELS } from '../vocabulary.js';
import { describeValue } from './describe-value.js';
import { toPointer } from './pointer.js';
import { unknownValueFinding } from './unknown-value-finding.js';

/** Checks of one issue that JSON Schema cannot express: level, status, count, first seen after last seen. */
export function issueFindings(
  issue: Record<string, unknown>,
  path: ReadonlyArray<string | number>,
): Finding[] {
  const findings: Finding[] = [];
  const { level, status, count, firstSeen, lastSeen } = issue;
  if (typeof level === 'string' && !(LEVELS as readonly string[]).includes(level)) {
    findings.push(unknownValueFinding([...path, 'level'], level, 'level', LEVELS));
  }
  if (typeof status === 'string' && !(ISSUE_STATUSES as readonly string[]).includes(status)) {
    findings.push(unknownValueFinding([...path, 'status'], status, 'issue status', ISSUE_STATUSES));
  }
  if (typeof count === 'number' || (typeof count === 'string' && !/^\d+$/.test(count))) {
    findings.push({
      pointer: toPointer([...path, 'count']),
      keyword: 'count',
      message: `${describeValue(count)} is not a count as Sentry writes it: expected a string of digits ("42")`,
    });
  }
  if (
    typeof firstSeen === 'string' &&
    typeof lastSeen === 'string' &&
    Date.parse(firstSeen) > Date.parse(lastSeen)
  ) {
    findings.push({
      pointer: toPointer([...path, 'firstSeen']),
      keyword: 'seenOrder',
      message: `first seen ${firstSeen} is after last seen ${lastSeen}`,
    });
  }
  return findings;
}
