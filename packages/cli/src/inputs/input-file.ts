import type { ValidationIssue } from '@sentry-offline/schema';

/** How a file's text is laid out: one JSON document, one JSON document per line, or comma-separated values. */
export type InputFormat = 'json' | 'ndjson' | 'csv';

/** A file (or stdin) whose bytes were read and decoded to text. */
export interface ReadInput {
  status: 'read';
  /** The name shown to the user: the path as given or found (relative to the working folder), or `<stdin>`. */
  name: string;
  /** Absolute path; null for stdin. */
  path: string | null;
  format: InputFormat;
  /** The decoded text (gzip inflated, byte-order mark removed). */
  text: string;
  /** Size in bytes as stored (before gzip inflation). */
  bytes: number;
  /** Problems found while decoding (e.g. invalid UTF-8), as errors with line and column. */
  issues: ValidationIssue[];
}

/** A path that was given or found but could not be read. */
export interface UnreadableInput {
  status: 'unreadable';
  name: string;
  path: string | null;
  /** Plain words: `no such file or directory`, `permission denied`, `the glob matched no files`, … */
  reason: string;
  /** The system error code (`ENOENT`, `EACCES`) or ours (`noMatch`, `emptyFolder`, `gzip`, `zip`, `tooLarge`, `stdinUnavailable`). */
  code: string;
}

/** A file found inside a folder and deliberately not read, with the reason. */
export interface SkippedInput {
  status: 'skipped';
  name: string;
  path: string | null;
  /** Plain words: `not a .json, .ndjson or .csv file`, `already read`, `a directory loop through a symlink`. */
  reason: string;
}

/**
 * A large NDJSON file left for the command to stream (only when it asks, with `readInputs`'s `streamAbove`).
 */
export interface StreamInput {
  status: 'stream';
  name: string;
  path: string;
  /** `ndjson`, or `json` for a JSON array of events, read element by element. */
  format: 'ndjson' | 'json';
  /** Size in bytes as stored (0 for standard input, whose size is not known before its end). */
  bytes: number;
  /** Standard input's bytes, inflated (those read to tell it is NDJSON first); none for a file, read by its path. */
  source?: AsyncIterable<Buffer>;
}

/** Every path given to a command ends up as exactly one of these (a folder or glob as one per file). */
export type InputFile = ReadInput | UnreadableInput | SkippedInput | StreamInput;

/** The path `listInputFiles` gives standard input: the argument that names it. */
export const STDIN_PATH = '-';
