import type { ColumnKind } from './table-builder.js';

/** Columns of the `events` table (one row per event). */
export const EVENT_COLUMNS = {
  event_id: 'string',
  group_id: 'string',
  project: 'dict',
  platform: 'dict',
  type: 'dict',
  title: 'dict',
  message: 'string',
  culprit: 'dict',
  level: 'dict',
  environment: 'dict',
  release: 'dict',
  dist: 'dict',
  date_created: 'date',
  date_received: 'date',
  sdk_name: 'dict',
  sdk_version: 'dict',
  transaction: 'dict',
  trace_id: 'string',
  os: 'dict',
  browser: 'dict',
  runtime: 'dict',
  device: 'dict',
} as const satisfies Record<string, ColumnKind>;

/** Columns added to `events` when personal data is asked for. */
export const EVENT_PERSONAL_COLUMNS = {
  user_id: 'string',
  user_email: 'string',
  user_ip_address: 'string',
  user_username: 'string',
  user_name: 'string',
  request_data: 'string',
  request_cookies: 'string',
} as const satisfies Record<string, ColumnKind>;

/** The personal columns that identify a user: added with their values redacted (`redact` option). */
export const EVENT_REDACTED_COLUMNS = {
  user_id: 'string',
  user_email: 'string',
  user_ip_address: 'string',
  user_username: 'string',
  user_name: 'string',
} as const satisfies Record<string, ColumnKind>;

/** Columns of the `exceptions` table (one row per exception in the chain). */
export const EXCEPTION_COLUMNS = {
  event_id: 'string',
  position: 'int',
  type: 'dict',
  value: 'string',
  module: 'dict',
  mechanism_type: 'dict',
  handled: 'boolean',
  thread_id: 'string',
} as const satisfies Record<string, ColumnKind>;

/** Columns of the `frames` table (one row per stack frame). */
export const FRAME_COLUMNS = {
  event_id: 'string',
  source: 'dict',
  position: 'int',
  frame_index: 'int',
  depth: 'integer',
  function: 'dict',
  raw_function: 'dict',
  module: 'dict',
  package: 'dict',
  filename: 'dict',
  abs_path: 'dict',
  lineno: 'integer',
  colno: 'integer',
  in_app: 'boolean',
  platform: 'dict',
  instruction_addr: 'string',
  symbol: 'dict',
} as const satisfies Record<string, ColumnKind>;

/** Columns added to `frames` when personal data is asked for. */
export const FRAME_PERSONAL_COLUMNS = { vars: 'string' } as const satisfies Record<string, ColumnKind>;

/** Columns of the `tags` table (one row per tag). */
export const TAG_COLUMNS = { event_id: 'string', key: 'dict', value: 'dict' } as const satisfies Record<
  string,
  ColumnKind
>;

/** Columns of the `breadcrumbs` table (one row per breadcrumb). */
export const BREADCRUMB_COLUMNS = {
  event_id: 'string',
  timestamp: 'date',
  type: 'dict',
  category: 'dict',
  level: 'dict',
  message: 'string',
} as const satisfies Record<string, ColumnKind>;

export type EventColumn = keyof typeof EVENT_COLUMNS | keyof typeof EVENT_PERSONAL_COLUMNS;
export type ExceptionColumn = keyof typeof EXCEPTION_COLUMNS;
export type FrameColumn = keyof typeof FRAME_COLUMNS | keyof typeof FRAME_PERSONAL_COLUMNS;
export type TagColumn = keyof typeof TAG_COLUMNS;
export type BreadcrumbColumn = keyof typeof BREADCRUMB_COLUMNS;
