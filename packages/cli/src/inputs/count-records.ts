import { splitRecords, type ValidationIssue, type ValidationResult } from '@sentry-offline/schema';

/**
 * Records read, counted and rejected, so that `read = counted + rejected`; `reasons` counts the rejected ones
 * by the keyword of their first error (`syntax`, `type`, `kind`, `encoding`, …).
 */
export interface RecordCount {
  read: number;
  counted: number;
  rejected: number;
  reasons: Record<string, number>;
}

/** No records. */
export const EMPTY_RECORDS: RecordCount = Object.freeze({ read: 0, counted: 0, rejected: 0, reasons: {} });

/**
 * Adds two record counts, returning a new one.
 * @param a counts so far
 * @param b counts to add
 * @example
 * addRecords(EMPTY_RECORDS, { read: 3, counted: 2, rejected: 1, reasons: { type: 1 } });
 */
export function addRecords(a: RecordCount, b: RecordCount): RecordCount {
  const reasons = new Map(Object.entries(a.reasons));
  for (const [keyword, n] of Object.entries(b.reasons)) reasons.set(keyword, (reasons.get(keyword) ?? 0) + n);
  return {
    read: a.read + b.read,
    counted: a.counted + b.counted,
    rejected: a.rejected + b.rejected,
    reasons: Object.fromEntries([...reasons].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
  };
}

/** Options of {@link countRecords}. */
export interface CountRecordsOptions {
  /** Validate each record strictly, as the document was (default `false`). */
  strict?: boolean;
}

/**
 * Counts the records of one validated document and gives the value to use: a list payload with bad items
 * keeps its good ones (`splitRecords`); any other document is one record, used only when valid. Decoding
 * errors of the file (invalid UTF-8) reject everything.
 * @param result the document's validation
 * @param fileIssues problems found while decoding the file
 * @param options strict (default `false`)
 * @example
 * const { count, kept } = countRecords(validateText(name, text), input.issues);
 */
export function countRecords(
  result: ValidationResult,
  fileIssues: readonly ValidationIssue[] = [],
  { strict = false }: CountRecordsOptions = {},
): { count: RecordCount; kept?: unknown } {
  const decodeError = fileIssues.find((i) => i.severity === 'error');
  const split = splitRecords(result, { strict });
  const read = split ? split.total : 1;
  if (decodeError) {
    return { count: { read, counted: 0, rejected: read, reasons: { [decodeError.keyword]: read } } };
  }
  if (split) {
    const reasons = new Map<string, number>();
    for (const r of split.rejected) reasons.set(r.keyword, (reasons.get(r.keyword) ?? 0) + 1);
    const rejected = split.rejected.length;
    const count = { read, counted: read - rejected, rejected, reasons: Object.fromEntries(reasons) };
    return rejected === read && read > 0 ? { count } : { count, kept: split.kept };
  }
  if (result.ok) return { count: { read: 1, counted: 1, rejected: 0, reasons: {} }, kept: result.value };
  const first = result.issues.find((i) => i.severity === 'error');
  const keyword = first?.keyword ?? 'invalid';
  return { count: { read: 1, counted: 0, rejected: 1, reasons: { [keyword]: 1 } } };
}
