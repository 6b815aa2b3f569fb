import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { offsetToPosition } from './positions.js';
import type { ValidationIssue } from './types.js';
import { findDepthOffset } from './util/find-depth-offset.js';
import { syntaxMessage } from './util/syntax-message.js';
import { findTextHazards } from './util/find-text-hazards.js';
import { measureValue } from './util/measure-value.js';

/**
 * The outcome of {@link parseText}: the value (with warnings about what `JSON.parse` hides: repeated keys,
 * rounded integers), or one issue that says where and why the text is not usable JSON.
 */
export type ParseTextResult =
  | { ok: true; value: unknown; text: string; issues: ValidationIssue[] }
  | { ok: false; issue: ValidationIssue };

/**
 * The deepest nesting of objects and lists accepted. Real Sentry payloads stay far below it (Sentry trims
 * event data at a few levels); deeper text is refused so that no recursive validator or walker can overflow
 * the stack.
 */
export const MAX_NESTING = 512;

function issueAt(
  file: string,
  text: string,
  offset: number,
  keyword: string,
  message: string,
): ValidationIssue {
  const { line, column } = offsetToPosition(text, offset);
  return { file, pointer: '', line, column, severity: 'error', keyword, message };
}

function htmlTitle(text: string): string | null {
  const match = /<title[^>]*>([^<]{0,120})/i.exec(text);
  return match ? match[1].trim().replace(/\s+/g, ' ') : null;
}

/**
 * Parses the text of a saved payload. A UTF-8 byte-order mark is accepted. Empty files, HTML pages, JSON
 * syntax errors (`NaN`, `Infinity` and Python's `None` named as such) and nesting deeper than
 * {@link MAX_NESTING} give one error issue with its line and column. What `JSON.parse` would hide is returned
 * as warnings with their pointer and position: a key named twice in one object (the last value is kept), and
 * an integer beyond `Number.MAX_SAFE_INTEGER` (rounded). Keys such as `__proto__` stay plain data.
 * @param file the name used in issues
 * @param text the file's text
 * @example
 * const parsed = parseText('june.json', text);
 * if (!parsed.ok) console.error(parsed.issue.message);
 */
export function parseText(file: string, text: string): ParseTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start === -1) {
    return {
      ok: false,
      issue: issueAt(
        file,
        body,
        body.length,
        'empty',
        body.length === 0 ? 'the file is empty' : 'the file has only white space',
      ),
    };
  }
  if (body[start] === '<') {
    const title = htmlTitle(body);
    const what = /^<(!doctype html|html|head|body)/i.test(body.slice(start, start + 20))
      ? 'an HTML page'
      : 'markup (HTML or XML)';
    return {
      ok: false,
      issue: issueAt(
        file,
        body,
        start,
        'html',
        `${what}${title ? ` titled "${title}"` : ''}, not JSON: an error or login page was saved instead of the API response`,
      ),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (cause) {
    return { ok: false, issue: nestingIssue(file, body) ?? syntaxIssue(file, body, cause) };
  }
  const measure = measureValue(value, MAX_NESTING);
  if (measure.depth > MAX_NESTING) return { ok: false, issue: nestingIssue(file, body) as ValidationIssue };
  return { ok: true, value, text: body, issues: findTextHazards(file, body, measure) };
}

/** An error issue where the text first nests deeper than {@link MAX_NESTING}, or null when it does not. */
function nestingIssue(file: string, text: string): ValidationIssue | null {
  const offset = findDepthOffset(text, MAX_NESTING);
  if (offset === -1) return null;
  const message = `nested more than ${MAX_NESTING} levels deep here: no Sentry payload is, so the file is refused rather than risk a stack overflow`;
  return issueAt(file, text, offset, 'nesting', message);
}

function syntaxIssue(file: string, text: string, cause: unknown): ValidationIssue {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    // the scanner reports "xyz" after a complete value as an invalid symbol, not as content after the value
    const code = endsValue(text, first.offset) ? 'EndOfFileExpected' : printParseErrorCode(first.error);
    const message = syntaxMessage(text, first.offset, code);
    return issueAt(file, text, first.offset, 'syntax', message);
  }
  // jsonc-parser accepts a few things JSON.parse does not (e.g. lone surrogates are fine in both; this is a fallback)
  return issueAt(
    file,
    text,
    0,
    'syntax',
    `not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
  );
}

/** True when the text before `offset` is a complete JSON value: whatever starts at `offset` is trailing. */
function endsValue(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  try {
    JSON.parse(text.slice(0, offset));
    return true;
  } catch {
    return false;
  }
}
