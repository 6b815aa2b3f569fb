/** Every payload kind sentry-offline knows. Kind names are API. */
export const PAYLOAD_KINDS = [
  'stats-v2',
  'stats-summary',
  'stats-series',
  'event',
  'raw-event',
  'events-list',
  'issue',
  'issues-list',
  'discover',
  'events-timeseries',
  'error-response',
] as const;

/** A payload kind: `stats-v2`, `event`, `raw-event`, … (see {@link PAYLOAD_KINDS}). */
export type PayloadKind = (typeof PAYLOAD_KINDS)[number];

/** `error` makes a payload invalid; `warning` does not, unless validation is strict. */
export type Severity = 'error' | 'warning';

/** One problem found in one file, at one place. */
export interface ValidationIssue {
  /** The file name given by the caller (`<input>` when none was given). */
  file: string;
  /** JSON Pointer to the offending value (`""` is the whole document). */
  pointer: string;
  /** 1-based line of the value in the file's text; null when validating a parsed value. */
  line: number | null;
  /** 1-based column of the value in the file's text; null when validating a parsed value. */
  column: number | null;
  severity: Severity;
  /** What kind of check failed: a JSON Schema keyword (`type`, `required`) or one of ours (`syntax`, `totals`, …). */
  keyword: string;
  /** Plain words: what was found and what was expected. */
  message: string;
}

/** The result of validating one payload. */
export interface ValidationResult {
  /** True when no issue is an error (warnings allowed, unless strict). */
  ok: boolean;
  /** The kind validated against, detected or given; null when it could not be told. */
  kind: PayloadKind | null;
  /** Sorted by place, deduplicated, at most 50; see `omitted`. */
  issues: ValidationIssue[];
  /** How many further issues were found past the first 50. */
  omitted: number;
  /** The parsed payload, when it could be parsed. */
  value?: unknown;
  /** What the kind's checks learnt besides issues (stats-v2: the interval, groupBy, fields, truncation). */
  facts?: object;
}

/** A problem found by a check, before it is tied to a file and a position. */
export interface Finding {
  pointer: string;
  keyword: string;
  message: string;
  /** Default `warning` for semantic checks. */
  severity?: Severity;
}
