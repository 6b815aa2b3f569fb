import { describe, expect, it } from 'vitest';
import type { IssuesList } from '@sentry-offline/schema';
import { tidyIssuesList } from '../src/index.js';
import { deepFreeze } from './util/deep-freeze.js';
import { expectTable } from './util/expect-table.js';

const issue = () => ({
  id: '101',
  shortId: 'WEB-1',
  title: 'TypeError: x is undefined',
  culprit: 'render(app)',
  level: 'error',
  status: 'unresolved',
  substatus: 'ongoing',
  type: 'error',
  issueType: 'error',
  issueCategory: 'error',
  priority: 'high',
  platform: 'javascript',
  project: { id: '7', slug: 'web', name: 'Web' },
  count: '150',
  userCount: 12,
  numComments: 0,
  firstSeen: '2024-06-01T10:00:00.123Z',
  lastSeen: '2024-06-02T10:00:00Z',
  isUnhandled: true,
  hasSeen: false,
  isBookmarked: false,
  isSubscribed: true,
  isPublic: false,
  assignedTo: { type: 'user', id: '1', name: 'Ada', email: 'ada@example.com' },
  metadata: { type: 'TypeError', value: 'x is undefined' },
  permalink: 'https://example.sentry.io/issues/101/',
  stats: {
    '24h': [
      [1717200000, 3],
      [1717203600, 0],
    ],
  },
});

describe('tidyIssuesList', () => {
  it('gives one row per issue: counts as numbers, dates as UTC Dates, no assignee e-mail', () => {
    const { issues } = tidyIssuesList([issue()]);
    expect(issues.objects()).toEqual([
      {
        issue_id: '101',
        short_id: 'WEB-1',
        title: 'TypeError: x is undefined',
        culprit: 'render(app)',
        level: 'error',
        status: 'unresolved',
        substatus: 'ongoing',
        type: 'error',
        issue_type: 'error',
        issue_category: 'error',
        priority: 'high',
        platform: 'javascript',
        project_id: 7,
        project_slug: 'web',
        count: 150,
        user_count: 12,
        num_comments: 0,
        first_seen: new Date('2024-06-01T10:00:00.123Z'),
        last_seen: new Date('2024-06-02T10:00:00Z'),
        is_unhandled: true,
        has_seen: false,
        is_bookmarked: false,
        is_subscribed: true,
        is_public: false,
        assignee_type: 'user',
        assignee_name: 'Ada',
        metadata_type: 'TypeError',
        metadata_value: 'x is undefined',
        permalink: 'https://example.sentry.io/issues/101/',
      },
    ]);
  });

  it("gives one stats row per point of each issue's series", () => {
    // 1717200000 = 2024-06-01T00:00:00Z
    expectTable(tidyIssuesList([issue()]).stats, {
      issue_id: ['101', '101'],
      period: ['24h', '24h'],
      timestamp: [new Date('2024-06-01T00:00:00Z'), new Date('2024-06-01T01:00:00Z')],
      count: [3, 0],
    });
  });

  it('reads a single issue as a list of one, and minimal issues with nulls', () => {
    expect(tidyIssuesList(issue()).issues.numRows()).toBe(1);
    const { issues } = tidyIssuesList([{ id: '5', title: 'x' }] as IssuesList);
    expect(issues.get('count', 0)).toBeNull();
    expect(issues.get('project_id', 0)).toBeNull();
  });

  it('never mutates its input', () => {
    const input = deepFreeze([issue()]);
    tidyIssuesList(input);
    expect(input).toEqual([issue()]);
  });
});
