import { addRecords, EMPTY_RECORDS, type RecordCount } from './count-records.js';
import type { InputFile } from './input-file.js';
import type { InputResult } from './validate-input.js';

/** Where one file ended up: read and valid (with or without warnings), invalid, unreadable, or skipped. */
export type FileStatus = 'valid' | 'warnings' | 'invalid' | 'unreadable' | 'skipped';

/**
 * The accounting of one run, so that nothing is lost: `files = valid + invalid + unreadable`,
 * `read = valid + invalid`, `withWarnings <= valid`, `documents = accepted + rejected` documents, and
 * `records.read = records.counted + records.rejected` (the rejected ones by reason).
 */
export interface InputSummary {
  /** Files accounted for (read or unreadable; skipped ones are counted apart). */
  files: number;
  /** Files whose text was read. */
  read: number;
  /** Read files without errors (warnings allowed, unless strict). */
  valid: number;
  /** Valid files that have warnings. */
  withWarnings: number;
  invalid: number;
  unreadable: number;
  /** Files found in folders and not read (not data, hidden folder, named twice), each with its reason. */
  skipped: number;
  /** Documents in the read files (one per JSON or CSV file, one per NDJSON line). */
  documents: number;
  /** Documents that failed validation. */
  rejected: number;
  /**
   * Records in the read files (items of list payloads: events, issues, points, Discover rows; one per other
   * document): read = counted + rejected, the rejected ones by the keyword of their first error.
   */
  records: RecordCount;
}

/** A summary with every count at zero. */
export const EMPTY_SUMMARY: InputSummary = Object.freeze({
  files: 0,
  read: 0,
  valid: 0,
  withWarnings: 0,
  invalid: 0,
  unreadable: 0,
  skipped: 0,
  documents: 0,
  rejected: 0,
  records: EMPTY_RECORDS,
});

/**
 * The status of a file: `skipped` or `unreadable` from reading, else from its validation.
 * @param input what `readInputs` yielded
 * @param result its validation, for a read file
 * @example
 * fileStatus(input, validateInput(input)); // 'warnings'
 */
export function fileStatus(input: InputFile, result?: InputResult): FileStatus {
  if (input.status !== 'read' && input.status !== 'stream') return input.status;
  if (!result || !result.ok) return 'invalid';
  return result.issues.length > 0 || result.omitted > 0 ? 'warnings' : 'valid';
}

/** A result's records; a result without them counts its documents. */
function recordsOf(result: InputResult | undefined): RecordCount {
  if (result?.records) return result.records;
  const documents = result?.documents ?? 1;
  const rejected = result ? result.rejected : 1;
  const reason = result?.issues.find((i) => i.severity === 'error')?.keyword ?? 'invalid';
  return {
    read: documents,
    counted: documents - rejected,
    rejected,
    reasons: rejected > 0 ? { [reason]: rejected } : {},
  };
}

/**
 * Adds one file to a summary, returning a new summary.
 * @param summary the counts so far
 * @param input what `readInputs` yielded
 * @param result its validation, for a read file
 * @example
 * let summary = EMPTY_SUMMARY;
 * for await (const input of readInputs(args, { cwd })) summary = addToSummary(summary, input, check(input));
 */
export function addToSummary(summary: InputSummary, input: InputFile, result?: InputResult): InputSummary {
  const status = fileStatus(input, result);
  if (status === 'skipped') return { ...summary, skipped: summary.skipped + 1 };
  if (status === 'unreadable')
    return { ...summary, files: summary.files + 1, unreadable: summary.unreadable + 1 };
  return {
    ...summary,
    files: summary.files + 1,
    read: summary.read + 1,
    valid: summary.valid + (status === 'invalid' ? 0 : 1),
    withWarnings: summary.withWarnings + (status === 'warnings' ? 1 : 0),
    invalid: summary.invalid + (status === 'invalid' ? 1 : 0),
    documents: summary.documents + (result?.documents ?? 1),
    rejected: summary.rejected + (result ? result.rejected : 1),
    records: addRecords(summary.records, recordsOf(result)),
  };
}

/**
 * The summary as one line of text: `7 files: 5 valid (1 with warnings), 1 invalid, 1 unreadable; 2 skipped`.
 * Documents are named only when a file held more than one (NDJSON).
 * @param summary the counts
 * @example
 * formatSummary(summary);
 */
export function formatSummary(summary: InputSummary): string {
  const { files, valid, withWarnings, invalid, unreadable, skipped, documents, rejected, read } = summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    `${valid} valid${withWarnings > 0 ? ` (${withWarnings} with warnings)` : ''}`,
    `${invalid} invalid`,
  ];
  parts.push(`${unreadable} unreadable`);
  const docs = documents !== read ? `; ${plural(documents, 'document')}, ${rejected} rejected` : '';
  const skip = skipped > 0 ? `; ${skipped} skipped` : '';
  return `${plural(files, 'file')}: ${parts.join(', ')}${skip}${docs}${formatRecords(summary.records, documents)}`;
}

/** `; 12 records: 10 counted, 2 rejected (type 1, syntax 1)`, when the files held lists of more records. */
function formatRecords({ read, counted, rejected, reasons }: RecordCount, documents: number): string {
  if (read <= documents) return '';
  const why = Object.entries(reasons).map(([keyword, n]) => `${keyword} ${n}`);
  return `; ${read} record${read === 1 ? '' : 's'}: ${counted} counted, ${rejected} rejected${why.length ? ` (${why.join(', ')})` : ''}`;
}
