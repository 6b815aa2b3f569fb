import type { PayloadKind } from './types.js';
import { jsonType } from './util/describe-value.js';

/** What {@link detectKind} concluded: a kind and why, or no kind, why not, and which kinds came close. */
export type DetectKindResult =
  { kind: PayloadKind; reason: string } | { kind: null; reason: string; candidates: PayloadKind[] };

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, ...keys: string[]) => keys.every((k) => k in o);

const RAW_EVENT_KEYS = [
  'exception',
  'threads',
  'stacktrace',
  'logentry',
  'event_id',
  'breadcrumbs',
  'spans',
  'request',
  'debug_meta',
  'sdk',
  'server_name',
  '_meta',
];

/** The expected shapes, listed in every "could not tell" message. */
export const KIND_SHAPES =
  'stats-v2 {start, end, intervals, groups}, stats-summary {start, end, projects}, stats-series [[ts, n], …], ' +
  'event {eventID, entries}, raw-event {event_id | exception | threads | …}, events-list [{eventID, …}], ' +
  'issue {id, shortId}, issues-list [{id, shortId, …}], discover {data, meta}, ' +
  'events-timeseries {timeSeries} or {data: [[ts, [{count}]]]}, error-response {detail}';

function detectArray(value: unknown[]): DetectKindResult {
  if (value.length === 0) {
    return {
      kind: null,
      reason: 'an empty list: it could be an events list, an issues list or a stats series; give the kind',
      candidates: ['events-list', 'issues-list', 'stats-series'],
    };
  }
  const first = value[0];
  if (Array.isArray(first) && typeof first[0] === 'number') {
    return { kind: 'stats-series', reason: 'a list of [timestamp, count] pairs' };
  }
  if (isObject(first)) {
    if (
      'shortId' in first ||
      has(first, 'count', 'firstSeen') ||
      has(first, 'culprit', 'status', 'lastSeen')
    ) {
      return { kind: 'issues-list', reason: 'a list of objects with shortId / count / firstSeen (issues)' };
    }
    if ('eventID' in first || 'event.type' in first || has(first, 'groupID', 'dateCreated')) {
      return { kind: 'events-list', reason: 'a list of objects with eventID (events)' };
    }
    if (has(first, 'sha1', 'mimetype')) {
      return {
        kind: null,
        reason: 'a list of event attachments, not a supported payload kind',
        candidates: [],
      };
    }
  }
  return {
    kind: null,
    reason: `a list whose first item is ${jsonType(first)}, which matches no known kind (expected one of: ${KIND_SHAPES})`,
    candidates: ['events-list', 'issues-list', 'stats-series'],
  };
}

function detectStats(value: Obj): DetectKindResult | null {
  if (Array.isArray(value.groups) && 'query' in value) {
    return {
      kind: null,
      reason: 'a sessions response (/sessions/: groups + query), not a supported payload kind',
      candidates: ['stats-v2'],
    };
  }
  if (Array.isArray(value.groups) && ('intervals' in value || has(value, 'start', 'end'))) {
    return {
      kind: 'stats-v2',
      reason: 'has groups with start/end' + ('intervals' in value ? ' and intervals' : ''),
    };
  }
  if (Array.isArray(value.intervals) && has(value, 'start', 'end')) {
    return { kind: 'stats-v2', reason: 'has start, end and intervals but no groups' };
  }
  if (Array.isArray(value.projects) && has(value, 'start', 'end')) {
    return { kind: 'stats-summary', reason: 'has projects with start/end' };
  }
  return null;
}

const isStatsPoints = (data: unknown): boolean =>
  Array.isArray(data) && Array.isArray(data[0]) && typeof data[0][0] === 'number';

const isSeries = (v: unknown) => isObject(v) && isStatsPoints(v.data);

const hasOwn = Object.prototype.hasOwnProperty;

/** `/events-stats/` keyed by yAxis or top-event group (`{"count()": {data}}`), or by group then yAxis. */
function isKeyedEventsStats(value: Obj): boolean {
  // a loop that stops at the first member that is no series: an event's first member already is not
  let members = 0;
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue;
    const m = value[key];
    if (!isSeries(m) && !(isObject(m) && Object.values(m).some(isSeries) && !('data' in m))) return false;
    members++;
  }
  return members > 0;
}

function detectQuery(value: Obj): DetectKindResult | null {
  if (Array.isArray(value.timeSeries)) return { kind: 'events-timeseries', reason: 'has timeSeries' };
  if (isKeyedEventsStats(value)) {
    return {
      kind: 'events-timeseries',
      reason: 'has series of [timestamp, [{count}]] points keyed by yAxis or group (events-stats)',
    };
  }
  if (Array.isArray(value.data)) {
    if (isStatsPoints(value.data)) {
      return {
        kind: 'events-timeseries',
        reason: 'has data of [timestamp, [{count}]] points (events-stats)',
      };
    }
    if (isObject(value.meta) || value.data.every(isObject))
      return { kind: 'discover', reason: 'has data rows and meta' };
  }
  return null;
}

function detectEvent(value: Obj): DetectKindResult | null {
  if (Array.isArray(value.entries) || has(value, 'eventID', 'dateCreated')) {
    return {
      kind: 'event',
      reason: Array.isArray(value.entries)
        ? 'has entries[] (API event detail)'
        : 'has eventID and dateCreated',
    };
  }
  if (has(value, 'shortId', 'id') || has(value, 'shortId', 'title'))
    return { kind: 'issue', reason: 'has id and shortId' };
  if (has(value, 'event', 'eventId', 'groupId')) {
    return {
      kind: null,
      reason:
        'an event-id lookup (/eventids/{id}/); the event detail is its "event" member, save that on its own',
      candidates: ['event'],
    };
  }
  if (value.payload_type === 'occurrence' || has(value, 'evidence_display', 'issue_title', 'event')) {
    return {
      kind: null,
      reason:
        'an issue-platform occurrence (payload_type "occurrence": issue_title, evidence_display and the event in "event"), not a supported payload kind; its "event" member is a raw event, save that on its own',
      candidates: ['raw-event'],
    };
  }
  const raw = RAW_EVENT_KEYS.filter((k) => k in value);
  const legacy = Object.keys(value).filter((k) => k.startsWith('sentry.interfaces.'));
  if (raw.length > 0 || legacy.length > 0) {
    return {
      kind: 'raw-event',
      reason: `has ${[...raw, ...legacy].slice(0, 3).join(', ')} (stored event JSON)`,
    };
  }
  return null;
}

/**
 * Tells which kind of Sentry payload a parsed value is, and why.
 * @param value a parsed JSON value
 * @example
 * detectKind({ start: '…', end: '…', intervals: [], groups: [] }); // { kind: 'stats-v2', reason: 'has groups …' }
 */
export function detectKind(value: unknown): DetectKindResult {
  if (Array.isArray(value)) return detectArray(value);
  if (!isObject(value)) {
    return {
      kind: null,
      reason: `a JSON ${jsonType(value)}, not an object or a list (expected one of: ${KIND_SHAPES})`,
      candidates: [],
    };
  }
  if (
    'detail' in value &&
    Object.keys(value).every((k) => ['detail', 'code', 'errorId', 'extra'].includes(k))
  ) {
    return { kind: 'error-response', reason: 'has only "detail": an API error body' };
  }
  const found = detectStats(value) ?? detectQuery(value) ?? detectEvent(value);
  if (found) return found;
  const keys = Object.keys(value);
  return {
    kind: null,
    reason: `an object with ${keys.length ? `keys ${keys.slice(0, 6).join(', ')}` : 'no keys'}, which matches no known kind (expected one of: ${KIND_SHAPES})`,
    candidates: [],
  };
}
