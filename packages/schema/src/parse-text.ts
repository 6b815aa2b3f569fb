import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { offsetToPosition } from './positions.js';
import type { ValidationIssue } from './types.js';

/** The outcome of {@link parseText}: the value, or one issue that says where and why the text is not JSON. */
export type ParseTextResult =
  { ok: true; value: unknown; text: string } | { ok: false; issue: ValidationIssue };

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the JSON value (trailing garbage)',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character in a string',
};

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
 * Parses the text of a saved payload. A UTF-8 byte-order mark is accepted. Empty files, HTML pages and JSON
 * syntax errors give one issue with its line and column.
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
  try {
    return { ok: true, value: JSON.parse(body), text: body };
  } catch (cause) {
    return { ok: false, issue: syntaxIssue(file, body, cause) };
  }
}

function syntaxIssue(file: string, text: string, cause: unknown): ValidationIssue {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    // the scanner reports "xyz" after a complete value as an invalid symbol, not as content after the value
    const code = endsValue(text, first.offset) ? 'EndOfFileExpected' : printParseErrorCode(first.error);
    const atEnd = first.offset >= text.trimEnd().length;
    const message =
      atEnd && code !== 'EndOfFileExpected'
        ? `the JSON ends too early (truncated file?): ${SYNTAX_MESSAGES[code] ?? code}`
        : (SYNTAX_MESSAGES[code] ?? code);
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
