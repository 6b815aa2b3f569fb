import { describe, expect, it } from 'vitest';
import { parseText, type ValidationIssue } from '../src/index.js';

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
    });
  });

  it('accepts a UTF-8 byte-order mark and drops it from the text', () => {
    expect(parseText('june.json', '\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, text: '{"a": 1}' });
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
});
