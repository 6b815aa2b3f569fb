import {
  detectKind,
  MAX_ISSUES,
  validateText,
  type PayloadKind,
  type ValidationIssue,
  type ValidationResult,
} from '@sentry-offline/schema';
import type { InputFormat, ReadInput } from './input-file.js';
import { addRecords, countRecords, EMPTY_RECORDS, type RecordCount } from './count-records.js';
import { validateCsv } from './validate-csv.js';
import { createElementValidator, NOT_EVENTS } from './validate-json-elements.js';

/** Options of {@link validateInput}. */
export interface ValidateInputOptions {
  /** Validate as this kind (default: detected per file; for NDJSON, from the first document). */
  kind?: PayloadKind;
  /** Turn warnings into errors (default `false`). */
  strict?: boolean;
  /**
   * Receives each document that passed, as soon as it has (default: none, and they are kept in `values`). When
   * given, `values` stays empty, so that a file of millions of events needs no more than one parsed event at a time.
   */
  onValue?: (value: unknown, kind: PayloadKind | null, line: number | null) => void;
}

/** The validation of one read file, whatever its format. */
export interface InputResult {
  file: string;
  format: InputFormat;
  kind: PayloadKind | null;
  /** True when no issue is an error. */
  ok: boolean;
  /** Sorted by line, at most 50 ({@link MAX_ISSUES}); the rest are counted in `omitted`. */
  issues: ValidationIssue[];
  omitted: number;
  /** What the kind's checks learnt (stats-v2: the interval, …), for single-document files. */
  facts?: object;
  /**
   * The parsed documents that passed: one for JSON, one per good line for NDJSON, none for CSV (use the text);
   * empty when `onValue` took them.
   */
  values: unknown[];
  /** Documents in the file: 1 for JSON and CSV, the non-blank lines for NDJSON. */
  documents: number;
  /** Documents that failed validation (their issues say why). */
  rejected: number;
  /**
   * Records read, counted and rejected (with the keyword of each rejected record's first error): the items of
   * list payloads (events, issues, stats-series points, Discover rows), else one per document. A list with a
   * bad item still counts its good ones.
   */
  records?: RecordCount;
}

/** Whether a text's first value, after a byte-order mark and white space, opens an array. */
function opensArray(text: string): boolean {
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c === 0x5b;
  }
  return false;
}

/** A JSON array of events validated element by element (see `isEventArray`); null for any other array. */
function validateJsonElements(input: ReadInput, options: ValidateInputOptions): InputResult | null {
  const validator = createDocumentsValidator(input.name, input.issues, options, 'array');
  const split = createElementValidator(input.name, validator, options.kind);
  try {
    split.push(Buffer.from(input.text, 'utf8'));
    split.end();
  } catch (error) {
    if (error === NOT_EVENTS) return null;
    throw error;
  }
  const result = validator.finish();
  // an empty array is an export of events only when that kind was given: else its kind cannot be told
  return result.documents === 0 && options.kind !== 'event' && options.kind !== 'raw-event' ? null : result;
}

function validateJson(input: ReadInput, { kind, strict, onValue }: ValidateInputOptions): InputResult {
  const elements = opensArray(input.text) ? validateJsonElements(input, { kind, strict, onValue }) : null;
  if (elements) return elements;
  const result = validateText(input.name, input.text, { kind, strict });
  const ok = result.ok && input.issues.length === 0;
  const records = countRecords(result, input.issues, { strict });
  if (onValue && records.kept !== undefined) onValue(records.kept, result.kind, null);
  return {
    file: input.name,
    format: 'json',
    kind: result.kind,
    ok,
    issues: [...input.issues, ...result.issues],
    omitted: result.omitted,
    ...(result.facts ? { facts: result.facts } : {}),
    values: ok && !onValue ? [result.value] : [],
    documents: 1,
    rejected: ok ? 0 : 1,
    records: records.count,
  };
}

/** How a file holds its documents: NDJSON lines, or the elements of a JSON array of events. */
export type DocumentLayout = 'ndjson' | 'array';

/** A document whose own kind differs from the file's (its first document's) kind, when no kind was given. */
function kindMismatch(result: ValidationResult, fileKind: PayloadKind | null, layout: DocumentLayout) {
  const own = result.ok ? detectKind(result.value).kind : null;
  if (own === null || fileKind === null || own === fileKind) return result;
  const holds = layout === 'ndjson' ? 'NDJSON files hold one kind' : 'a JSON array of events holds one kind';
  const issue: ValidationIssue = {
    file: result.issues[0]?.file ?? '',
    pointer: '',
    line: 1,
    column: 1,
    severity: 'error',
    keyword: 'kind',
    message: `a ${own} payload among ${fileKind} payloads (the file's first document): ${holds}`,
  };
  return { ...result, ok: false, issues: [issue, ...result.issues] };
}

/** Where an element of a JSON array starts in its file (1-based line and column), and its index. */
export interface ElementPlace {
  index: number;
  line: number;
  column: number;
}

/** Validates the documents of a file one at a time: NDJSON lines, or elements of a JSON array of events. */
export interface DocumentsValidator {
  /**
   * Validates one non-blank line (its 1-based number). `decodeIssue`, when given, says its bytes are not
   * UTF-8: the line is rejected with that issue and not validated.
   */
  line(body: string, line: number, decodeIssue?: ValidationIssue): void;
  /**
   * Validates one element of a JSON array of events: its issues get the element's index in their pointer and
   * their place in the file. `decodeIssue` as for `line`.
   */
  element(body: string, place: ElementPlace, decodeIssue?: ValidationIssue): void;
  /** Adds a problem of the file itself (an array cut short): the file is invalid, its documents still count. */
  fileIssue(issue: ValidationIssue): void;
  /** The file's result. */
  finish(): InputResult;
}

/** An issue of an element, placed in its file: pointer from the array, line and column from the element's start. */
function placed(issue: ValidationIssue, { index, line, column }: ElementPlace): ValidationIssue {
  const [inLine, inColumn] = [issue.line ?? 1, issue.column ?? 1];
  return {
    ...issue,
    pointer: `/${index}${issue.pointer}`,
    line: line + inLine - 1,
    column: inLine === 1 ? column + inColumn - 1 : inColumn,
  };
}

/**
 * The document-by-document state of {@link validateInput} for NDJSON and JSON arrays of events: the file's kind
 * from its first document (unless given), records and issues summed over the documents (at most
 * {@link MAX_ISSUES}, the rest counted), good documents kept or handed to `onValue`.
 * @param name the file name in issues
 * @param fileIssues problems of the whole file (decoding), which make it invalid
 * @param options kind (default detected), strict (default `false`), onValue (default: keep values)
 * @param layout `ndjson` (default) or `array`: the result's format, and the words of a kind mismatch
 */
export function createDocumentsValidator(
  name: string,
  fileIssues: readonly ValidationIssue[],
  { kind, strict = false, onValue }: ValidateInputOptions = {},
  layout: DocumentLayout = 'ndjson',
): DocumentsValidator {
  const issues: ValidationIssue[] = [...fileIssues];
  let broken = false;
  const values: unknown[] = [];
  let fileKind = kind ?? null;
  let documents = 0;
  let omitted = 0;
  let accepted = 0;
  let records = EMPTY_RECORDS;
  const add = (issue: ValidationIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
    else omitted++;
  };
  /** Validates one document; `place` turns an issue's position in the document into one in the file. */
  const document = (
    body: string,
    line: number | null,
    place: (issue: ValidationIssue) => ValidationIssue,
    decodeIssue?: ValidationIssue,
  ) => {
    documents++;
    if (decodeIssue) {
      add(place(decodeIssue));
      const reasons = { [decodeIssue.keyword]: 1 };
      records = addRecords(records, { read: 1, counted: 0, rejected: 1, reasons });
      return;
    }
    const checked = validateText(name, body, { kind: fileKind ?? undefined, strict });
    const result = kind ? checked : kindMismatch(checked, fileKind, layout);
    fileKind ??= result.kind;
    const counted = countRecords(result, fileIssues, { strict });
    records = addRecords(records, counted.count);
    if (result.ok) {
      accepted++;
      if (!onValue) values.push(result.value);
    }
    if (onValue && counted.kept !== undefined) onValue(counted.kept, fileKind, line);
    for (const issue of result.issues) add(place(issue));
    omitted += result.omitted;
  };
  return {
    line(body, line, decodeIssue) {
      document(body, line, (issue) => ({ ...issue, file: name, line }), decodeIssue);
    },
    element(body, at, decodeIssue) {
      document(body, at.line, (issue) => ({ ...placed(issue, at), file: name }), decodeIssue);
    },
    fileIssue(issue) {
      broken = true;
      add({ ...issue, file: name });
    },
    finish() {
      const rejected = documents - accepted;
      const ok = rejected === 0 && fileIssues.length === 0 && !broken;
      return {
        file: name,
        format: layout === 'ndjson' ? 'ndjson' : 'json',
        kind: fileKind,
        ok,
        issues,
        omitted,
        values,
        documents,
        rejected,
        records,
      };
    },
  };
}

function validateNdjson(input: ReadInput, options: ValidateInputOptions): InputResult {
  const { name, text } = input;
  const validator = createDocumentsValidator(name, input.issues, options);
  for (let start = 0, line = 1; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const body = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (body.trim() !== '') validator.line(body, line);
  }
  return validator.finish();
}

/**
 * Validates a file read by `readInputs`: JSON through `validateText`, NDJSON line by line (issues carry the
 * line; good lines still count), CSV by its header. Decoding problems (invalid UTF-8) make the file invalid.
 * @param input a read file
 * @param options kind (default detected), strict (default `false`), onValue (default: keep values)
 * @example
 * for await (const input of readInputs(args, { cwd })) {
 *   if (input.status === 'read') report(validateInput(input, { strict: true }));
 * }
 */
export function validateInput(
  input: ReadInput,
  { kind, strict = false, onValue }: ValidateInputOptions = {},
): InputResult {
  if (input.format === 'ndjson') return validateNdjson(input, { kind, strict, onValue });
  if (input.format === 'json') return validateJson(input, { kind, strict, onValue });
  const csv = validateCsv(input.name, input.text, { kind });
  const issues = [...input.issues, ...csv.issues];
  const ok = issues.length === 0;
  return {
    file: input.name,
    format: 'csv',
    kind: csv.kind,
    ok,
    issues,
    omitted: 0,
    values: [],
    documents: 1,
    rejected: ok ? 0 : 1,
    records: {
      read: 1,
      counted: ok ? 1 : 0,
      rejected: ok ? 0 : 1,
      reasons: ok ? {} : { [issues[0].keyword]: 1 },
    },
  };
}
