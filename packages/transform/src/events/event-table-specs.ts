import type { ColumnKind } from './table-builder.js';

/** Columns of the `events` table (one row per event). */
export const EVENT_COLUMNS = {
  event_id: 'value',
  group_id: 'value',
  project: 'dict',
  platform: 'dict',
  type: 'dict',
  title: 'dict',
  message: 'value',
  culprit: 'dict',
  level: 'dict',
  environment: 'dict',
  release: 'dict',
  dist: 'dict',
  date_created: 'value',
  date_received: 'value',
  sdk_name: 'dict',
  sdk_version: 'dict',
  transaction: 'dict',
  trace_id: 'value',
  os: 'dict',
  browser: 'dict',
  runtime: 'dict',
  device: 'dict',
} as const satisfies Record<string, ColumnKind>;

/** Columns added to `events` when personal data is asked for. */
export const EVENT_PERSONAL_COLUMNS = {
  user_id: 'value',
  user_email: 'value',
  user_ip_address: 'value',
  user_username: 'value',
  user_name: 'value',
  request_data: 'value',
  request_cookies: 'value',
} as const satisfies Record<string, ColumnKind>;

/** The personal columns that identify a user: added with their values redacted (`redact` option). */
export const EVENT_REDACTED_COLUMNS = {
  user_id: 'value',
  user_email: 'value',
  user_ip_address: 'value',
  user_username: 'value',
  user_name: 'value',
} as const satisfies Record<string, ColumnKind>;

/** Columns of the `exceptions` table (one row per exception in the chain). */
export const EXCEPTION_COLUMNS = {
  event_id: 'value',
  position: 'int',
  type: 'dict',
  value: 'value',
  module: 'dict',
  mechanism_type: 'dict',
  handled: 'value',
  thread_id: 'value',
} as const satisfies Record<string, ColumnKind>;

/** Columns of the `frames` table (one row per stack frame). */
export const FRAME_COLUMNS = {
  event_id: 'value',
  source: 'dict',
  position: 'int',
  frame_index: 'int',
  depth: 'value',
  function: 'dict',
  raw_function: 'dict',
  module: 'dict',
  package: 'dict',
  filename: 'dict',
  abs_path: 'dict',
  lineno: 'value',
  colno: 'value',
  in_app: 'value',
  platform: 'dict',
  instruction_addr: 'value',
  symbol: 'dict',
} as const satisfies Record<string, ColumnKind>;

/** Columns added to `frames` when personal data is asked for. */
export const FRAME_PERSONAL_COLUMNS = { vars: 'value' } as const satisfies Record<string, ColumnKind>;

/** Columns of the `tags` table (one row per tag). */
export const TAG_COLUMNS = { event_id: 'value', key: 'dict', value: 'dict' } as const satisfies Record<
  string,
  ColumnKind
>;

/** Columns of the `breadcrumbs` table (one row per breadcrumb). */
export const BREADCRUMB_COLUMNS = {
  event_id: 'value',
  timestamp: 'value',
  type: 'dict',
  category: 'dict',
  level: 'dict',
  message: 'value',
} as const satisfies Record<string, ColumnKind>;

export type EventColumn = keyof typeof EVENT_COLUMNS | keyof typeof EVENT_PERSONAL_COLUMNS;
export type ExceptionColumn = keyof typeof EXCEPTION_COLUMNS;
export type FrameColumn = keyof typeof FRAME_COLUMNS | keyof typeof FRAME_PERSONAL_COLUMNS;
export type TagColumn = keyof typeof TAG_COLUMNS;
export type BreadcrumbColumn = keyof typeof BREADCRUMB_COLUMNS;
