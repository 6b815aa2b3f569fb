import type { PayloadKind, ValidationIssue, ValidationResult } from './types.js';
import { comparePointers, fromPointer, toPointer } from './util/pointer.js';
import { validate } from './validate.js';

/** Where the records of a list kind are: the payload itself, or its `data` member (Discover). */
const RECORD_LISTS: Partial<Record<PayloadKind, string>> = {
  'events-list': '',
  'issues-list': '',
  'stats-series': '',
  discover: '/data',
};

/** One record left out by {@link splitRecords}: its index in the list and its first error. */
export interface RejectedRecord {
  index: number;
  pointer: string;
  keyword: string;
  message: string;
}

/** What {@link splitRecords} returns: the records of a list payload, kept and rejected. */
export interface RecordSplit {
  /** JSON Pointer of the list (`""`, or `/data` for Discover). */
  pointer: string;
  /** Records in the list. */
  total: number;
  /** A new payload of the same kind holding only the records without errors (the input is not changed). */
  kept: unknown;
  /** The records with errors, in list order. */
  rejected: RejectedRecord[];
}

/** Options of {@link splitRecords}. */
export interface SplitRecordsOptions {
  /** Validate each record strictly, as the payload was (default `false`). */
  strict?: boolean;
}

function listOf(value: unknown, pointer: string): unknown[] | null {
  if (pointer === '') return Array.isArray(value) ? value : null;
  const data = (value as Record<string, unknown> | null)?.[fromPointer(pointer)[0]];
  return Array.isArray(data) ? data : null;
}

function isInRecord(issue: ValidationIssue, pointer: string): boolean {
  const segments = fromPointer(issue.pointer);
  const base = fromPointer(pointer).length;
  return issue.pointer.startsWith(pointer) && segments.length > base && /^\d+$/.test(segments[base]);
}

/**
 * Splits a validated list payload (events list, issues list, stats series, Discover rows) into the records
 * that can be used and those that cannot, so that one bad element does not lose the others. Each record of
 * an invalid payload is validated on its own; a payload whose errors are not all inside records (not a
 * list, a bad `meta`) gives null, as do other kinds: the whole document is rejected.
 * @param result what `validate`, `validateText` or `validateBytes` returned (with its `value`)
 * @param options strict (default `false`)
 * @example
 * const split = splitRecords(validateText('events.json', text));
 * if (split) console.log(`${split.total - split.rejected.length} of ${split.total} events kept`);
 */
export function splitRecords(
  result: ValidationResult,
  { strict = false }: SplitRecordsOptions = {},
): RecordSplit | null {
  const pointer = result.kind === null ? undefined : RECORD_LISTS[result.kind];
  const list = pointer === undefined ? null : listOf(result.value, pointer);
  if (pointer === undefined || list === null || result.kind === null) return null;
  if (result.ok) return { pointer, total: list.length, kept: result.value, rejected: [] };
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (!errors.every((i) => isInRecord(i, pointer))) return null;
  const wrap = (items: unknown[]) => (pointer === '' ? items : { ...(result.value as object), data: items });
  const keptItems: unknown[] = [];
  const rejected: RejectedRecord[] = [];
  list.forEach((item, index) => {
    const one = validate(wrap([item]), { kind: result.kind as PayloadKind, strict });
    const first = one.issues.find((i) => i.severity === 'error');
    if (!first) keptItems.push(item);
    else {
      const inner = fromPointer(first.pointer).slice(fromPointer(pointer).length + 1);
      const at = toPointer([...fromPointer(pointer), index, ...inner]);
      rejected.push({ index, pointer: at, keyword: first.keyword, message: first.message });
    }
  });
  // an error that no record shows on its own (none so far) leaves the whole document rejected
  if (rejected.length === 0) return null;
  rejected.sort((a, b) => comparePointers(a.pointer, b.pointer));
  return { pointer, total: list.length, kept: wrap(keptItems), rejected };
}
