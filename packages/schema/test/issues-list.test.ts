import { describe, expect, it } from 'vitest';
import { checkIssuesList, validate } from '../src/index.js';

const brief = (value: unknown) =>
  validate(value, { kind: 'issues-list' }).issues.map((i) => [i.pointer, i.severity, i.keyword, i.message]);

describe('checkIssuesList', () => {
  it('counts the issues', () => {
    expect(
      checkIssuesList([
        { id: '1', count: '3' },
        { id: '2', count: '0' },
      ]),
    ).toEqual({
      findings: [],
      facts: { issues: 2 },
    });
  });
});

describe('validate (issues-list)', () => {
  it('checks each issue at its index and reports the same issue twice', () => {
    const list = [
      { id: '1', shortId: 'A-1', count: '3', status: 'unresolved' },
      { id: '2', shortId: 'A-2', count: 4, status: 'resolved' },
      { id: '1', shortId: 'A-1', count: '3', status: 'unresolved' },
    ];
    expect(brief(list)).toEqual([
      [
        '/1/count',
        'warning',
        'count',
        '4 is not a count as Sentry writes it: expected a string of digits ("42")',
      ],
      ['/2/id', 'warning', 'duplicateIssue', 'issue "1" is also /0: overlapping pages would count it twice'],
    ]);
  });

  it('rejects an issue id that is a number and a project that is not an object', () => {
    expect(brief([{ id: 7, project: 'web' }])).toEqual([
      ['/0/id', 'error', 'type', 'expected string, found number 7'],
      ['/0/project', 'error', 'type', 'expected object, found string "web"'],
    ]);
  });
});
