import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { SentryOfflineError, type EventsList } from '@sentry-offline/schema';
import { asRecord } from './util/as-record.js';
import { parseDate } from './util/parse-date.js';
import { readList } from './util/read-list.js';
import { textOrNull } from './util/text-or-null.js';
import { toProjectId } from './util/to-project-id.js';

/** Options of {@link tidyEventsList}. */
export interface TidyEventsListOptions {
  /** Keep the `user` and `sentry:user` tags (`email:…`, `ip:…`), which are personal data (default `false`). */
  personalData?: boolean;
  /** Keep the `user` / `sentry:user` tags with their values passed through this function (a keyed hash; default none). */
  redact?: (value: string) => string;
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

const USER_TAGS = new Set(['user', 'sentry:user']);

/** The tables of an events list. */
export interface EventsListTables {
  /**
   * One row per event: `event_id`, `group_id`, `project_id`, `type`, `platform`, `title`, `message`,
   * `culprit`, `location`, `date_created` (UTC Date).
   */
  events: ColumnTable;
  /** One row per tag of an event: `event_id`, `key`, `value`. */
  tags: ColumnTable;
}

/**
 * Turns a list of events (`/projects/{org}/{project}/events/`, `/issues/{id}/events/`) into an `events` table
 * and a `tags` table. The `user` object is never copied and the `user` / `sentry:user` tags only with
 * `personalData: true`: they are personal data.
 * @param payload a parsed events list
 * @param options personalData (default `false`), redact (default none), file (default `"<input>"`)
 * @example
 * const { events, tags } = tidyEventsList(JSON.parse(text));
 */
export function tidyEventsList(
  payload: EventsList,
  { personalData = false, redact, file = '<input>' }: TidyEventsListOptions = {},
): EventsListTables {
  if (personalData && redact) {
    throw new SentryOfflineError(
      'transform.invalidOption',
      'personalData and redact cannot be combined: copy personal data, or redact it',
    );
  }
  const items = readList(payload, file, 'events');
  const tags = {
    event_id: [] as (string | null)[],
    key: [] as (string | null)[],
    value: [] as (string | null)[],
  };
  const eventIds = items.map((e) => textOrNull(e.eventID ?? e.id));
  items.forEach((e, i) => {
    if (!Array.isArray(e.tags)) return;
    for (const raw of e.tags) {
      const tag = asRecord(raw);
      const personal = USER_TAGS.has(String(tag.key));
      if (personal && !personalData && !redact) continue;
      const value = textOrNull(tag.value);
      tags.event_id.push(eventIds[i]);
      tags.key.push(textOrNull(tag.key));
      tags.value.push(personal && redact && value !== null ? redact(value) : value);
    }
  });
  const column = (name: string) => items.map((e) => textOrNull(e[name]));
  const events = aq.table({
    event_id: eventIds,
    group_id: column('groupID'),
    project_id: items.map((e) => toProjectId(e.projectID)),
    type: items.map((e) => textOrNull(e['event.type'] ?? e.type)),
    platform: column('platform'),
    title: column('title'),
    message: column('message'),
    culprit: column('culprit'),
    location: column('location'),
    date_created: items.map((e) => parseDate(e.dateCreated)),
  });
  return { events, tags: aq.table(tags) };
}
