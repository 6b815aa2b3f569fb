import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Issue, IssuesList } from '@sentry-offline/schema';
import { asRecord } from './util/as-record.js';
import { numberOrNull } from './util/number-or-null.js';
import { parseDate } from './util/parse-date.js';
import { readList } from './util/read-list.js';
import { textOrNull } from './util/text-or-null.js';
import { toProjectId } from './util/to-project-id.js';

/** Options of {@link tidyIssuesList}. */
export interface TidyIssuesListOptions {
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

/** The tables of an issues list (or of one issue). */
export interface IssuesListTables {
  /** One row per issue; the columns are listed in docs/tables/issues.md. */
  issues: ColumnTable;
  /** One row per point of an issue's `stats` series: `issue_id`, `period` (`24h`, `14d`, …), `timestamp`, `count`. */
  stats: ColumnTable;
}

type Item = Record<string, unknown>;

const text = (key: string) => (i: Item) => textOrNull(i[key]);
const flag = (key: string) => (i: Item) => (typeof i[key] === 'boolean' ? i[key] : null);
const num = (key: string) => (i: Item) => numberOrNull(i[key]);
const date = (key: string) => (i: Item) => parseDate(i[key]);
const inner = (object: string, key: string) => (i: Item) => textOrNull(asRecord(i[object])[key]);

const COLUMNS: [string, (i: Item) => unknown][] = [
  ['issue_id', text('id')],
  ['short_id', text('shortId')],
  ['title', text('title')],
  ['culprit', text('culprit')],
  ['level', text('level')],
  ['status', text('status')],
  ['substatus', text('substatus')],
  ['type', text('type')],
  ['issue_type', text('issueType')],
  ['issue_category', text('issueCategory')],
  ['priority', text('priority')],
  ['platform', text('platform')],
  ['project_id', (i) => toProjectId(asRecord(i.project).id)],
  ['project_slug', inner('project', 'slug')],
  ['count', num('count')],
  ['user_count', num('userCount')],
  ['num_comments', num('numComments')],
  ['first_seen', date('firstSeen')],
  ['last_seen', date('lastSeen')],
  ['is_unhandled', flag('isUnhandled')],
  ['has_seen', flag('hasSeen')],
  ['is_bookmarked', flag('isBookmarked')],
  ['is_subscribed', flag('isSubscribed')],
  ['is_public', flag('isPublic')],
  ['assignee_type', inner('assignedTo', 'type')],
  ['assignee_name', inner('assignedTo', 'name')],
  ['metadata_type', inner('metadata', 'type')],
  ['metadata_value', inner('metadata', 'value')],
  ['permalink', text('permalink')],
];

function statsTable(items: readonly Item[]): ColumnTable {
  const out = {
    issue_id: [] as (string | null)[],
    period: [] as string[],
    timestamp: [] as Date[],
    count: [] as number[],
  };
  for (const item of items) {
    for (const [period, series] of Object.entries(asRecord(item.stats))) {
      if (!Array.isArray(series)) continue;
      for (const point of series) {
        if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') continue;
        out.issue_id.push(textOrNull(item.id));
        out.period.push(period);
        out.timestamp.push(new Date(point[0] * 1000));
        out.count.push(point[1]);
      }
    }
  }
  return aq.table(out);
}

/**
 * Turns a list of issues (`/organizations/{org}/issues/`, `/projects/{org}/{project}/issues/`) or one issue
 * (`/issues/{id}/`) into an `issues` table, one row per issue (counts as numbers, dates as UTC Dates, ids as
 * text, the assignee's e-mail left out), and a `stats` table of each issue's `stats` series.
 * @param payload a parsed issues list, or one issue
 * @param options file (default `"<input>"`)
 * @example
 * const { issues } = tidyIssuesList(JSON.parse(text));
 * issues.orderby(desc('count')).print();
 */
export function tidyIssuesList(
  payload: IssuesList | Issue,
  { file = '<input>' }: TidyIssuesListOptions = {},
): IssuesListTables {
  const items = readList(Array.isArray(payload) ? payload : [payload], file, 'issues');
  const issues = aq.table(Object.fromEntries(COLUMNS.map(([name, read]) => [name, items.map(read)])));
  return { issues, stats: statsTable(items) };
}
