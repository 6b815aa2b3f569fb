import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseText, validate, validateText, type ValidationIssue } from '../src/index.js';

const issue = (line: number, column: number, keyword: string, message: string): ValidationIssue => ({
  file: 'june.json',
  pointer: '',
  line,
  column,
  severity: 'error',
  keyword,
  message,
});

describe('parseText', () => {
  it('parses JSON and returns the text it parsed', () => {
    expect(parseText('june.json', '{"a": [1, 2]}')).toEqual({
      ok: true,
      value: { a: [1, 2] },
      text: '{"a": [1, 2]}',
      issues: [],
    });
  });

  it('accepts a UTF-8 byte-order mark and drops it from the text', () => {
    expect(parseText('june.json', '\uFEFF{"a": 1}')).toEqual({
      ok: true,
      value: { a: 1 },
      text: '{"a": 1}',
      issues: [],
    });
  });

  it('reports an empty file', () => {
    expect(parseText('june.json', '')).toEqual({
      ok: false,
      issue: issue(1, 1, 'empty', 'the file is empty'),
    });
    expect(parseText('june.json', '\uFEFF')).toEqual({
      ok: false,
      issue: issue(1, 1, 'empty', 'the file is empty'),
    });
  });

  it('reports a file of white space only, at its end', () => {
    // '  \n\n ' ends on line 3, after one space
    expect(parseText('june.json', '  \n\n ')).toEqual({
      ok: false,
      issue: issue(3, 2, 'empty', 'the file has only white space'),
    });
  });

  it('reports an HTML page with its title, where it starts', () => {
    const html = '\n<!DOCTYPE html>\n<html><head><title>Sentry  |  Login</title></head></html>';
    expect(parseText('june.json', html)).toEqual({
      ok: false,
      issue: issue(
        2,
        1,
        'html',
        'an HTML page titled "Sentry | Login", not JSON: an error or login page was saved instead of the API response',
      ),
    });
  });

  it('reports other markup as markup', () => {
    expect(parseText('june.json', '<?xml version="1.0"?><Error/>')).toEqual({
      ok: false,
      issue: issue(
        1,
        1,
        'html',
        'markup (HTML or XML), not JSON: an error or login page was saved instead of the API response',
      ),
    });
  });

  it('reports truncated JSON at its end, as truncated', () => {
    // '{' '\n' then '  "a": [1, 2' (12 characters): the text ends at line 2, column 13
    const result = parseText('june.json', '{\n  "a": [1, 2');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ line: 2, column: 13, keyword: 'syntax', severity: 'error' });
    expect(result.issue.message).toMatch(/^the JSON ends too early \(truncated file\?\): expected /);
  });

  it('reports trailing garbage where it starts', () => {
    expect(parseText('june.json', '{"a": 1}\n\n  xyz')).toEqual({
      ok: false,
      issue: issue(3, 3, 'syntax', 'unexpected content after the JSON value (trailing garbage)'),
    });
    expect(parseText('june.json', '[1, 2]\n]')).toEqual({
      ok: false,
      issue: issue(2, 1, 'syntax', 'unexpected content after the JSON value (trailing garbage)'),
    });
    expect(parseText('june.json', '{"a": 1}{"a": 2}')).toEqual({
      ok: false,
      issue: issue(1, 9, 'syntax', 'unexpected content after the JSON value (trailing garbage)'),
    });
  });

  it('reports a syntax error in the middle at its place', () => {
    // line 2 is '  "a" 1,': the value 1 comes where ":" is expected, at column 7
    expect(parseText('june.json', '{\n  "a" 1,\n  "b": 2\n}')).toEqual({
      ok: false,
      issue: issue(2, 7, 'syntax', 'expected ":"'),
    });
  });

  it('names NaN, Infinity and Python words at their place', () => {
    expect(parseText('june.json', '{"a": NaN}')).toEqual({
      ok: false,
      issue: issue(
        1,
        7,
        'syntax',
        "NaN is not a JSON number (Python's json.dumps and some exporters write it): expected a number or null",
      ),
    });
    const infinity = parseText('june.json', '[1,\n -Infinity]');
    expect(infinity).toMatchObject({ ok: false, issue: { line: 2, column: 2, keyword: 'syntax' } });
    expect(!infinity.ok && infinity.issue.message).toMatch(/^-Infinity is not a JSON number/);
    expect(parseText('june.json', '{"a": None}')).toMatchObject({
      ok: false,
      issue: { line: 1, column: 7, message: "Python's None is not JSON: expected null" },
    });
  });
});

describe('parseText: what JSON.parse hides', () => {
  it('warns about a key named twice in one object, at the second, naming the first', () => {
    const text = '{\n  "a": 1,\n  "b": {"x": 1, "x": 2},\n  "a": 3\n}';
    const result = parseText('june.json', text);
    expect(result).toEqual({
      ok: true,
      text,
      value: { a: 3, b: { x: 2 } },
      issues: [
        {
          ...issue(
            3,
            17,
            'duplicateKey',
            'the key "x" appears twice in one object (line 3 column 9, and here): only the last value is kept',
          ),
          pointer: '/b/x',
          severity: 'warning',
        },
        {
          ...issue(
            4,
            3,
            'duplicateKey',
            'the key "a" appears twice in one object (line 2 column 3, and here): only the last value is kept',
          ),
          pointer: '/a',
          severity: 'warning',
        },
      ],
    });
  });

  it('does not mistake equal keys in different objects, or colons in strings, for repeats', () => {
    const text = '[{"a": "10:00"}, {"a": "b:c", "c": {"a": 1}}]';
    expect(parseText('june.json', text)).toMatchObject({ ok: true, issues: [] });
  });

  it.each(['\\u003a', '\\u003A'])(
    'finds a key named twice when a %s escape writes a colon no ":" of the text stands for',
    (escape) => {
      // 3 colons in the text, 2 keys kept and 1 colon in the strings: counting alone would see no repeat
      const text = `{"a${escape}": 1, "b": 1, "b": 2}`;
      const result = parseText('june.json', text);
      expect(result).toMatchObject({ ok: true, value: { 'a:': 1, b: 2 } });
      if (!result.ok) return;
      expect(result.issues.map((i) => [i.pointer, i.line, i.column, i.keyword])).toEqual([
        ['/b', 1, text.lastIndexOf('"b"') + 1, 'duplicateKey'],
      ]);
    },
  );

  it('warns about integer literals beyond 2^53 - 1, with the value they are read as', () => {
    const text =
      '{"id": 12345678901234567890, "n": 9007199254740991, "m": -9007199254740993, "p": 9007199254740992, "f": 1e300, "s": "12345678901234567890"}';
    const result = parseText('june.json', text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = (literal: string) => text.indexOf(literal) + 1;
    expect(result.issues.map((i) => [i.pointer, i.line, i.column, i.keyword, i.severity])).toEqual([
      ['/id', 1, 8, 'unsafeInteger', 'warning'],
      ['/m', 1, at('-9007199254740993'), 'unsafeInteger', 'warning'],
      ['/p', 1, at('9007199254740992'), 'unsafeInteger', 'warning'],
    ]);
    expect(result.issues[0].message).toContain('read as 12345678901234567000 (rounded)');
    expect(result.issues[1].message).toContain('read as -9007199254740992 (rounded)');
    // 2^53 itself is held exactly, but the next integer is not: it is named without "rounded"
    expect(result.issues[2].message).not.toContain('rounded');
  });

  it('keeps __proto__, constructor and prototype keys as plain data', () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}';
    const result = parseText('june.json', text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.issues).toEqual([]);
  });

  it(`refuses nesting deeper than ${MAX_NESTING} levels at the bracket that goes past it`, () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const message = `nested more than ${MAX_NESTING} levels deep here: no Sentry payload is, so the file is refused rather than risk a stack overflow`;
    expect(parseText('june.json', deep)).toEqual({
      ok: false,
      issue: issue(1, MAX_NESTING + 1, 'nesting', message),
    });
    // cut short, it is still named for its nesting, not left to a recursive parser
    expect(parseText('june.json', '{"a":'.repeat(100_000))).toEqual({
      ok: false,
      issue: issue(1, 5 * MAX_NESTING + 1, 'nesting', message),
    });
    const limit = '['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING);
    expect(parseText('june.json', limit)).toMatchObject({ ok: true });
    expect(validateText('june.json', deep)).toMatchObject({ ok: false, issues: [{ keyword: 'nesting' }] });
  });

  it('refuses a parsed value nested too deep in validate', () => {
    let value: unknown = {};
    for (let i = 0; i < 100_000; i++) value = { a: value };
    expect(validate(value)).toMatchObject({
      ok: false,
      kind: null,
      issues: [{ pointer: '', keyword: 'nesting', severity: 'error' }],
    });
  });

  it('reads a single 64 MB string value', () => {
    const title = 'x'.repeat(64 * 2 ** 20);
    const result = validateText('big.json', `{"detail": "${title}"}`);
    expect(result.kind).toBe('error-response');
    expect(result.issues.map((i) => [i.pointer, i.keyword])).toEqual([['/detail', 'errorResponse']]);
    expect(result.issues[0].message.length).toBeLessThan(200);
  });
});
