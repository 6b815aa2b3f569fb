/** Outcomes Sentry reports in usage stats (`by.outcome`, stats-summary `outcomes`). */
export const OUTCOMES = [
  'accepted',
  'filtered',
  'rate_limited',
  'invalid',
  'abuse',
  'client_discard',
  'cardinality_limited',
] as const;

/**
 * Data categories seen in usage stats. The API names some categories in the plural in places (`replays`,
 * `profiles`), so both spellings are known. Anything else is reported as a warning, never rejected.
 */
export const DATA_CATEGORIES = [
  'default',
  'error',
  'security',
  'transaction',
  'transaction_processed',
  'transaction_indexed',
  'attachment',
  'attachment_item',
  'session',
  'profile',
  'profiles',
  'profile_indexed',
  'profile_duration',
  'profile_duration_ui',
  'profile_chunk',
  'profile_chunk_ui',
  'replay',
  'replays',
  'replay_video',
  'monitor',
  'monitor_seat',
  'span',
  'span_indexed',
  'user_report_v2',
  'feedback',
  'metric_bucket',
  'metric_second',
  'uptime',
  'log_item',
  'log_byte',
  'trace_metric',
  'seer_autofix',
  'seer_scanner',
] as const;

/** Event types of the event detail and raw event (`type`). */
export const EVENT_TYPES = [
  'error',
  'default',
  'transaction',
  'csp',
  'hpkp',
  'expectct',
  'expectstaple',
  'nel',
  'security',
  'generic',
  'feedback',
] as const;

/** Event levels (`level`). */
export const LEVELS = ['fatal', 'error', 'warning', 'info', 'debug', 'sample', 'log'] as const;

/** Entry types of the event detail (`entries[].type`), as the Sentry UI knows them (`EntryType` in static/app/types/event.tsx). */
export const ENTRY_TYPES = [
  'exception',
  'threads',
  'stacktrace',
  'message',
  'breadcrumbs',
  'request',
  'spans',
  'debugmeta',
  'template',
  'csp',
  'hpkp',
  'expectct',
  'expectstaple',
  'thread-state',
  'thread-tags',
  'resources',
] as const;

/** Issue statuses (`status` of an issue). */
export const ISSUE_STATUSES = [
  'unresolved',
  'resolved',
  'ignored',
  'archived',
  'muted',
  'reprocessing',
  'pending_deletion',
  'deletion_in_progress',
  'pending_merge',
] as const;
