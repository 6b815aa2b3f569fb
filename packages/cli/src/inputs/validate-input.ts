import { MAX_ISSUES, validateText, type PayloadKind, type ValidationIssue } from '@sentry-offline/schema';
import type { InputFormat, ReadInput } from './input-file.js';
import { validateCsv } from './validate-csv.js';

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
  onValue?: (value: unknown, kind: PayloadKind | null) => void;
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
}

function validateJson(input: ReadInput, { kind, strict, onValue }: ValidateInputOptions): InputResult {
  const result = validateText(input.name, input.text, { kind, strict });
  const ok = result.ok && input.issues.length === 0;
  if (ok && onValue) onValue(result.value, result.kind);
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
  };
}

function validateNdjson(input: ReadInput, { kind, strict, onValue }: ValidateInputOptions): InputResult {
  const { name, text } = input;
  const issues: ValidationIssue[] = [...input.issues];
  const values: unknown[] = [];
  let fileKind = kind ?? null;
  let documents = 0;
  let omitted = 0;
  let accepted = 0;
  for (let start = 0, line = 1; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const body = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (body.trim() === '') continue;
    documents++;
    const result = validateText(name, body, { kind: fileKind ?? undefined, strict });
    fileKind ??= result.kind;
    if (result.ok) {
      accepted++;
      if (onValue) onValue(result.value, fileKind);
      else values.push(result.value);
    }
    for (const issue of result.issues) {
      if (issues.length < MAX_ISSUES) issues.push({ ...issue, line });
      else omitted++;
    }
    omitted += result.omitted;
  }
  const rejected = documents - accepted;
  const ok = rejected === 0 && input.issues.length === 0;
  return { file: name, format: 'ndjson', kind: fileKind, ok, issues, omitted, values, documents, rejected };
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
  };
}
