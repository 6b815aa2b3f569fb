import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { DEFAULT_RULES, parseRules } from '../../src/index.js';

function errorOf(text: string): SentryOfflineError {
  try {
    parseRules(text, { file: 'rules.txt' });
  } catch (error) {
    return error as SentryOfflineError;
  }
  throw new Error('expected parseRules to throw');
}

describe('parseRules', () => {
  it('reads matchers, negation, quotes, comments and actions', () => {
    const rules = parseRules(
      '# a comment\n\nfamily:native,cocoa function:std::* -app\n!path:"**/my app/**" module:lib.* +app -group # why\n',
      { file: 'rules.txt' },
    );
    expect(rules.map((r) => [r.line, r.app, r.group, r.text])).toEqual([
      [3, false, undefined, 'family:native,cocoa function:std::* -app'],
      [4, true, false, '!path:"**/my app/**" module:lib.* +app -group'],
    ]);
    expect(rules[0].matchers.map((m) => [m.field, m.negate, m.pattern])).toEqual([
      ['family', false, 'native,cocoa'],
      ['function', false, 'std::*'],
    ]);
    expect(rules[0].matchers[0].families).toEqual(['native', 'cocoa']);
    expect(rules[1].matchers[0]).toMatchObject({ field: 'path', negate: true, pattern: '**/my app/**' });
  });

  it('accepts Sentry stack.* matcher names', () => {
    const [rule] = parseRules('stack.abs_path:**/vendor/** stack.function:log* -app');
    expect(rule.matchers.map((m) => m.field)).toEqual(['path', 'function']);
  });

  it('compiles globs: * stops at / in paths, ** crosses it; * matches anything elsewhere', () => {
    const [path, fn] = parseRules('path:src/*.js -app\nfunction:std::* -app');
    expect(path.matchers[0].regex!.test('src/a.js')).toBe(true);
    expect(path.matchers[0].regex!.test('src/lib/a.js')).toBe(false);
    expect(fn.matchers[0].regex!.test('std::vector<T>::at')).toBe(true);
    expect(parseRules('path:**/node_modules/** -app')[0].matchers[0].regex!.test('node_modules/x/y.js')).toBe(
      true,
    );
  });

  it.each([
    ['function:foo', 1, 13, /needs at least one action/],
    ['-app', 1, 1, /at least one matcher/],
    ['  colour:red -app', 1, 3, /unknown matcher "colour"/],
    ['path:** -app\nfunction: -app', 2, 10, /has no value/],
    ['module:a +app module:b', 1, 15, /expected an action/],
    ['path:"unterminated -app', 1, 6, /unterminated quote/],
    ['foo -app', 1, 1, /expected "matcher:glob"/],
    ['family:native,nativ -app', 1, 8, /unknown family "nativ"/],
  ])('rejects %j at line %i column %i', (text, line, column, message) => {
    const error = errorOf(text);
    expect(error).toBeInstanceOf(SentryOfflineError);
    expect(error.code).toBe('report.invalidRule');
    expect(error.details).toMatchObject({ file: 'rules.txt', line, column });
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`rules.txt:${line}:${column}: `)).toBe(true);
  });

  it('parses its own built-in rules', () => {
    for (const [section, text] of Object.entries(DEFAULT_RULES)) {
      expect(parseRules(text, { file: section }).length).toBeGreaterThan(3);
    }
  });
});
