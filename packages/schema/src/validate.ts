import { schemaFindings } from './ajv.js';
import { detectKind } from './detect-kind.js';
import { KIND_SPECS } from './kind-specs.js';
import { MAX_NESTING, parseText } from './parse-text.js';
import { createLocator, type Position } from './positions.js';
import { SentryOfflineError } from './sentry-offline-error.js';
import type { Finding, PayloadKind, ValidationIssue, ValidationResult } from './types.js';
import { describeValue } from './util/describe-value.js';
import { exceedsDepth } from './util/exceeds-depth.js';
import { comparePointers } from './util/pointer.js';

/** Options of {@link validate} and {@link validateText}. */
export interface ValidateOptions {
  /** Validate as this kind instead of detecting it (default: detected). */
  kind?: PayloadKind;
  /** Turn warnings (unknown enum values, totals that do not add up, …) into errors (default `false`). */
  strict?: boolean;
  /** The file name used in issues (default `"<input>"`). */
  file?: string;
}

/** Issues kept per file; the rest are counted in `omitted`. */
export const MAX_ISSUES = 50;

interface Checked {
  kind: PayloadKind | null;
  findings: Finding[];
  facts?: object;
}

function check(value: unknown, requested: PayloadKind | undefined, depthChecked = false): Checked {
  // parseText has measured a parsed text already; a value given as such is measured here
  if (!depthChecked && exceedsDepth(value, MAX_NESTING)) {
    const message = `nested more than ${MAX_NESTING} levels deep: no Sentry payload is, so it is refused rather than risk a stack overflow`;
    return {
      kind: requested ?? null,
      findings: [{ pointer: '', keyword: 'nesting', message, severity: 'error' }],
    };
  }
  const detected = detectKind(value);
  const kind = requested ?? detected.kind;
  if (kind === null) {
    return {
      kind: null,
      findings: [
        {
          pointer: '',
          keyword: 'kind',
          message: `cannot tell the payload kind: ${detected.reason}`,
          severity: 'error',
        },
      ],
    };
  }
  if (kind === 'error-response' && requested === undefined) {
    const detail = (value as { detail: unknown }).detail;
    return {
      kind,
      findings: [
        {
          pointer: '/detail',
          keyword: 'errorResponse',
          message: `a Sentry API error body, not data: ${describeValue(detail)}; the request failed, download the response again`,
          severity: 'error',
        },
      ],
    };
  }
  const spec = KIND_SPECS[kind];
  const findings = schemaFindings(spec.schema, value);
  if (findings.length > 0) {
    if (requested !== undefined && detected.kind !== null && detected.kind !== requested) {
      const article = /^[aeiou]/.test(requested) ? 'an' : 'a';
      const message = `expected ${article} ${requested} payload, but this looks like ${detected.kind} (${detected.reason})`;
      return { kind, findings: [{ pointer: '', keyword: 'kind', message, severity: 'error' }] };
    }
    return { kind, findings };
  }
  if (!spec.check) return { kind, findings };
  const result = spec.check(value as never);
  return { kind, findings: result.findings, facts: result.facts };
}

/** The findings as issues of `file`: deduplicated, sorted by pointer, keyword and message. */
function sortedIssues(
  file: string,
  findings: readonly (Finding | ValidationIssue)[],
  strict: boolean,
): ValidationIssue[] {
  const unique = new Map<string, ValidationIssue>();
  for (const f of findings) {
    const severity = strict ? 'error' : (f.severity ?? 'warning');
    const key = `${f.pointer}\u0000${f.keyword}\u0000${f.message}`;
    if (!unique.has(key))
      unique.set(key, {
        file,
        pointer: f.pointer,
        line: (f as Partial<ValidationIssue>).line ?? null,
        column: (f as Partial<ValidationIssue>).column ?? null,
        severity,
        keyword: f.keyword,
        message: f.message,
      });
  }
  return [...unique.values()].sort(
    (a, b) =>
      comparePointers(a.pointer, b.pointer) ||
      a.keyword.localeCompare(b.keyword) ||
      a.message.localeCompare(b.message),
  );
}

function finish(
  file: string,
  checked: Checked,
  value: unknown,
  strict: boolean,
  locate?: (pointer: string) => Position | null,
  located: readonly ValidationIssue[] = [],
): ValidationResult {
  // the common case, no finding, needs no sorting or locating
  const sorted =
    located.length + checked.findings.length === 0
      ? []
      : sortedIssues(file, [...located, ...checked.findings], strict);
  const issues = sorted.slice(0, MAX_ISSUES);
  if (locate) {
    for (const issue of issues) {
      if (issue.line !== null) continue;
      const at = locate(issue.pointer);
      if (at) Object.assign(issue, at);
    }
  }
  const result: ValidationResult = {
    ok: sorted.every((i) => i.severity !== 'error'),
    kind: checked.kind,
    issues,
    omitted: sorted.length - issues.length,
    value,
  };
  if (checked.facts) result.facts = checked.facts;
  return result;
}

/**
 * Validates a parsed payload: detects its kind (or uses the one given), checks it against the kind's JSON
 * Schema, then runs the checks JSON Schema cannot express. Issues have no line or column (there is no text).
 * @param value a parsed JSON value
 * @param options kind (default detected), strict (default `false`), file (default `"<input>"`)
 * @example
 * const { ok, kind, issues } = validate(JSON.parse(text), { file: 'june.json' });
 */
export function validate(
  value: unknown,
  { kind, strict = false, file = '<input>' }: ValidateOptions = {},
): ValidationResult {
  return finish(file, check(value, kind), value, strict);
}

/**
 * Parses and validates the text of a saved payload; every issue carries its line and column in `text`.
 * @param file the name used in issues
 * @param text the file's text (a UTF-8 byte-order mark is accepted; see {@link parseText} for what else is checked)
 * @param options kind (default detected), strict (default `false`)
 * @example
 * const result = validateText('june.json', await readFile('june.json', 'utf8'));
 */
export function validateText(
  file: string,
  text: string,
  { kind, strict = false }: Omit<ValidateOptions, 'file'> = {},
): ValidationResult {
  const parsed = parseText(file, text);
  if (!parsed.ok) return { ok: false, kind: kind ?? null, issues: [parsed.issue], omitted: 0 };
  const located = parsed.issues;
  const checked = check(parsed.value, kind, true);
  return finish(file, checked, parsed.value, strict, createLocator(parsed.text), located);
}

/**
 * Validates a parsed payload and throws `schema.invalidPayload` (with `details.issues`) when it is not valid.
 * @returns the kind the payload was validated as
 * @example
 * const kind = assertValid(payload, { kind: 'stats-v2', file: 'june.json' });
 */
export function assertValid(value: unknown, options: ValidateOptions = {}): PayloadKind {
  const result = validate(value, options);
  if (!result.ok || result.kind === null) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    const first = errors[0];
    const where = first
      ? `${first.file}: ${first.pointer || '(root)'} ${first.message}`
      : (options.file ?? '<input>');
    const more =
      errors.length + result.omitted > 1 ? ` (and ${errors.length + result.omitted - 1} more)` : '';
    throw new SentryOfflineError('schema.invalidPayload', `${where}${more}`, {
      details: { kind: result.kind, issues: result.issues, omitted: result.omitted },
    });
  }
  return result.kind;
}
