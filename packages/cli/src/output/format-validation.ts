import type { ValidationIssue } from '@sentry-offline/schema';
import type { Colors } from './colors.js';
import type { InputFile } from '../inputs/input-file.js';
import type { FileStatus } from '../inputs/input-summary.js';
import type { InputResult } from '../inputs/validate-input.js';
import { printable } from '../util/format-cell.js';

function formatSeconds(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/**
 * A kind's facts in a few words: `interval 1h, intervals 24, groups 3, groupBy category,outcome`. Scalars and
 * lists are shown, `false`/null and nested objects are left out; `*Seconds` values read as durations.
 * @param facts what validation learnt about the payload
 * @example
 * formatFacts({ intervalSeconds: 3600, groups: 3 }); // 'interval 1h, groups 3'
 */
export function formatFacts(facts: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(facts)) {
    if (typeof value === 'number' && key.endsWith('Seconds'))
      parts.push(`${key.slice(0, -7)} ${formatSeconds(value)}`);
    else if (typeof value === 'number' || typeof value === 'string') parts.push(`${key} ${value}`);
    else if (value === true) parts.push(key);
    else if (Array.isArray(value) && value.length > 0) parts.push(`${key} ${value.join(',')}`);
  }
  return printable(parts.join(', '));
}

/**
 * One problem as a line: `file:line:column pointer severity: message` (the pointer `(root)` for the whole
 * document; no line or column when the text gave none).
 * @param issue the problem
 * @param colors colours for the severity (default none)
 * @example
 * formatIssue(issue); // 'june.json:3:7 /groups/0/by/outcome warning: unknown outcome "lost" …'
 */
export function formatIssue(issue: ValidationIssue, colors?: Colors): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const severity =
    issue.severity === 'error' ? (colors?.red('error') ?? 'error') : (colors?.yellow('warning') ?? 'warning');
  return printable(`${where} ${issue.pointer || '(root)'} `) + `${severity}: ${printable(issue.message)}`;
}

function notReadLine(input: InputFile, status: FileStatus, colors?: Colors): string {
  const line = `${printable(input.name)}: ${status}: ${printable(input.status === 'read' || input.status === 'stream' ? '' : input.reason)}`;
  if (!colors) return line;
  return status === 'skipped' ? colors.dim(line) : colors.red(line);
}

const STATUS_WORDS: Record<FileStatus, string> = {
  valid: 'valid',
  warnings: 'valid with warnings',
  invalid: 'invalid',
  unreadable: 'unreadable',
  skipped: 'skipped',
};

/**
 * The lines shown for one file: a heading (`name: kind, status (facts)` or `name: unreadable: reason`) and,
 * indented by two spaces, one line per problem and a count of omitted ones.
 * @param input what `readInputs` yielded
 * @param status where the file ended up
 * @param result its validation, for a read file
 * @param colors colours (default none)
 * @example
 * formatFileLines(input, 'valid', result).join('\n');
 */
export function formatFileLines(
  input: InputFile,
  status: FileStatus,
  result?: InputResult,
  colors?: Colors,
): string[] {
  const name = printable(input.name);
  if ((input.status !== 'read' && input.status !== 'stream') || !result)
    return [notReadLine(input, status, colors)];
  const word = status === 'valid' ? (colors?.green('valid') ?? 'valid') : STATUS_WORDS[status];
  const facts = result.facts ? formatFacts(result.facts) : '';
  const documents =
    result.format === 'ndjson' || result.documents !== 1
      ? `, ${result.documents} documents, ${result.rejected} rejected`
      : '';
  const heading = `${name}: ${result.kind ?? 'unknown kind'}, ${word}${documents}${facts ? ` (${facts})` : ''}`;
  const lines = [heading, ...result.issues.map((issue) => `  ${formatIssue(issue, colors)}`)];
  if (result.omitted > 0)
    lines.push(`  … and ${result.omitted} more issues (only the first ones are listed)`);
  return lines;
}
