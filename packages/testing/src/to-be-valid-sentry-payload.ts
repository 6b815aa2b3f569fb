import {
  validate,
  validateText,
  type PayloadKind,
  type ValidationIssue,
  type ValidationResult,
} from '@sentry-offline/schema';
import type { MatcherContext, MatcherResult } from './matcher-types.js';

/** Options of {@link toBeValidSentryPayload}. */
export interface ToBeValidSentryPayloadOptions {
  /** Warnings (unknown enum values, totals that do not add up) fail too (default `false`). */
  strict?: boolean;
}

interface Named {
  name: string;
  text: string;
}

function isNamed(value: unknown): value is Named {
  const v = value as Partial<Named> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.text === 'string';
}

function check(
  received: unknown,
  kind: PayloadKind | undefined,
  strict: boolean,
): { file: string; result: ValidationResult } {
  if (isNamed(received))
    return { file: received.name, result: validateText(received.name, received.text, { kind, strict }) };
  if (typeof received === 'string')
    return { file: '<text>', result: validateText('<text>', received, { kind, strict }) };
  return { file: '<value>', result: validate(received, { kind, strict }) };
}

function issueLine(issue: ValidationIssue): string {
  const at = issue.line === null ? issue.file : `${issue.file}:${issue.line}:${issue.column}`;
  return `  ${at} ${issue.pointer || '(root)'} ${issue.severity}: ${issue.message}`;
}

/**
 * Matcher: passes when the received payload is valid (and of `kind`, when given). Takes a loaded case or any
 * `{ name, text }` (issues then carry line:column), a JSON text, or a parsed value. The failure message lists every
 * issue as `file:line:column pointer severity: message`.
 * @param received a case from `loadCases`, `{ name, text }`, a JSON text or a parsed value
 * @param kind the kind expected (default: any kind)
 * @param options strict (default `false`)
 * @example
 * expect.extend(createMatchers());
 * expect(loadCases('exports/*.json')[0]).toBeValidSentryPayload('stats-v2');
 */
export function toBeValidSentryPayload(
  this: MatcherContext,
  received: unknown,
  kind?: PayloadKind,
  { strict = false }: ToBeValidSentryPayloadOptions = {},
): MatcherResult {
  const { file, result } = check(received, kind, strict);
  const wanted = kind ? `a valid ${kind} payload` : 'a valid Sentry payload';
  const pass = result.ok && result.kind !== null;
  const lines = result.issues.map(issueLine);
  const more = result.omitted > 0 ? [`  … and ${result.omitted} more`] : [];
  const message = this.isNot
    ? () => `expected ${file} not to be ${wanted}, but it is a valid ${result.kind} payload`
    : () => {
        const errors = result.issues.filter((i) => i.severity === 'error').length + result.omitted;
        return [
          `expected ${file} to be ${wanted}, but it has ${errors} error${errors === 1 ? '' : 's'}:`,
          ...lines,
          ...more,
        ].join('\n');
      };
  return { pass, message };
}
