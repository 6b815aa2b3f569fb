import { describe, expect, it } from 'vitest';
import { checkIssue, validate } from '../src/index.js';

const brief = (value: unknown, options: { strict?: boolean } = {}) =>
  validate(value, { kind: 'issue', ...options }).issues.map((i) => [
    i.pointer,
    i.severity,
    i.keyword,
    i.message,
  ]);

const issue = {
  id: '4821940015',
  shortId: 'WEB-2K7',
  title: 'TypeError: x is undefined',
  culprit: null,
  level: 'error',
  status: 'unresolved',
  count: '1873',
  userCount: 412,
  firstSeen: '2026-11-18T16:40:02.118000Z',
  lastSeen: '2026-11-21T18:02:44.120000Z',
  project: { id: '1843305', slug: 'web-shop' },
};

describe('checkIssue', () => {
  it('finds nothing wrong with a plain issue', () => {
    expect(checkIssue(issue)).toEqual({ findings: [] });
  });
});

describe('validate (issue)', () => {
  it('accepts an issue of 2015 (no shortId, project without id)', () => {
    expect(brief({ id: '2', count: '1', culprit: 'a.b', project: { name: 'Pump', slug: 'pump' } })).toEqual(
      [],
    );
  });

  it('warns about a count written as a number or not as digits', () => {
    expect(brief({ ...issue, count: 1873 })).toEqual([
      [
        '/count',
        'warning',
        'count',
        '1873 is not a count as Sentry writes it: expected a string of digits ("42")',
      ],
    ]);
    expect(brief({ ...issue, count: '1.8k' })).toEqual([
      [
        '/count',
        'warning',
        'count',
        '"1.8k" is not a count as Sentry writes it: expected a string of digits ("42")',
      ],
    ]);
  });

  it('names an unknown status and level, and a first seen after the last seen', () => {
    const odd = { ...issue, status: 'snoozed', level: 'critical', firstSeen: '2026-11-22T00:00:00Z' };
    expect(brief(odd)).toEqual([
      [
        '/firstSeen',
        'warning',
        'seenOrder',
        'first seen 2026-11-22T00:00:00Z is after last seen 2026-11-21T18:02:44.120000Z',
      ],
      [
        '/level',
        'warning',
        'unknownValue',
        'unknown level "critical" (known: fatal, error, warning, info, debug, sample, log): newer than this version of sentry-offline, or a typo',
      ],
      [
        '/status',
        'warning',
        'unknownValue',
        'unknown issue status "snoozed" (known: unresolved, resolved, ignored, archived, muted, reprocessing, pending_deletion, deletion_in_progress, pending_merge): newer than this version of sentry-offline, or a typo',
      ],
    ]);
  });

  it('rejects an issue without id and a count of the wrong type', () => {
    expect(brief({ shortId: 'WEB-1', title: 't', count: true })).toEqual([
      ['', 'error', 'required', 'has no "id" (required)'],
      ['/count', 'error', 'type', 'expected string or integer, found boolean true'],
    ]);
  });
});
