import { SentryOfflineError } from '@sentry-offline/schema';
import { globToRegExp } from '../../util/glob-to-regexp.js';
import type { RuleField, RuleMatcher, StackRule } from './stack-rule.js';

/** Options of {@link parseRules}. */
export interface ParseRulesOptions {
  /** Name of the rules text in explanations and errors (default `'rules'`). */
  file?: string;
}

const FIELDS: Record<string, RuleField> = {
  family: 'family',
  module: 'module',
  function: 'function',
  path: 'path',
  package: 'package',
  'stack.module': 'module',
  'stack.function': 'function',
  'stack.abs_path': 'path',
  'stack.package': 'package',
};
const ACTIONS = new Set(['+app', '-app', '+group', '-group']);
const FAMILY_NAMES = [
  'native',
  'cocoa',
  'javascript',
  'java',
  'jvm',
  'python',
  'dotnet',
  'csharp',
  'other',
  'all',
];

interface Token {
  text: string;
  column: number;
}

function fail(file: string, line: number, column: number, message: string, value: string): never {
  throw new SentryOfflineError('report.invalidRule', `${file}:${line}:${column}: ${message}`, {
    details: { file, line, column, value },
  });
}

function tokenize(text: string, file: string, line: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ' || text[i] === '\t') {
      i++;
      continue;
    }
    if (text[i] === '#') break;
    const start = i;
    let token = '';
    while (i < text.length && text[i] !== ' ' && text[i] !== '\t') {
      if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) fail(file, line, i + 1, 'unterminated quote (expected a closing ")', text.slice(i));
        token += text.slice(i + 1, end);
        i = end + 1;
      } else token += text[i++];
    }
    tokens.push({ text: token, column: start + 1 });
  }
  return tokens;
}

function parseMatcher(token: Token, file: string, line: number): RuleMatcher {
  const negate = token.text.startsWith('!');
  const body = negate ? token.text.slice(1) : token.text;
  const colon = body.indexOf(':');
  if (colon < 0) {
    fail(
      file,
      line,
      token.column,
      `expected "matcher:glob" or an action (+app, -app, +group, -group), got "${token.text}"`,
      token.text,
    );
  }
  const name = body.slice(0, colon);
  const field = FIELDS[name];
  if (!field) {
    fail(
      file,
      line,
      token.column,
      `unknown matcher "${name}" (expected family, module, function, path or package)`,
      name,
    );
  }
  const pattern = body.slice(colon + 1);
  if (pattern === '')
    fail(
      file,
      line,
      token.column + colon + 1 + (negate ? 1 : 0),
      `matcher "${name}" has no value`,
      token.text,
    );
  if (field === 'family') {
    const families = pattern.toLowerCase().split(',');
    const unknown = families.find((f) => !FAMILY_NAMES.includes(f));
    if (unknown !== undefined) {
      const column = token.column + colon + 1 + (negate ? 1 : 0);
      fail(file, line, column, `unknown family "${unknown}" (expected ${FAMILY_NAMES.join(', ')})`, unknown);
    }
    return { field, negate, pattern, regex: null, families };
  }
  const isPath = field === 'path' || field === 'package';
  const glob = isPath ? pattern.replace(/\\/g, '/') : pattern;
  return { field, negate, pattern, regex: globToRegExp(glob, { path: isPath }), families: null };
}

function parseLine(raw: string, file: string, line: number): StackRule | null {
  const tokens = tokenize(raw, file, line);
  if (tokens.length === 0) return null;
  const matchers: RuleMatcher[] = [];
  const rule: StackRule = { matchers, source: file, line, text: raw.replace(/\s+#.*$/, '').trim() };
  let sawAction = false;
  for (const token of tokens) {
    if (ACTIONS.has(token.text)) {
      sawAction = true;
      const on = token.text[0] === '+';
      if (token.text.endsWith('app')) rule.app = on;
      else rule.group = on;
    } else if (sawAction) {
      fail(
        file,
        line,
        token.column,
        `expected an action after the first action, got "${token.text}"`,
        token.text,
      );
    } else matchers.push(parseMatcher(token, file, line));
  }
  if (matchers.length === 0)
    fail(file, line, tokens[0].column, 'a rule needs at least one matcher before its actions', raw.trim());
  if (!sawAction) {
    const last = tokens[tokens.length - 1];
    fail(
      file,
      line,
      last.column + last.text.length,
      'a rule needs at least one action (+app, -app, +group, -group)',
      raw.trim(),
    );
  }
  return rule;
}

/**
 * Parses stack-trace rules, one per line, in a syntax modelled on Sentry's: one or more `field:glob` matchers
 * (`family`, `module`, `function`, `path`, `package`; `!` negates; `"…"` quotes spaces) then one or more actions
 * (`+app`, `-app`, `+group`, `-group`). `#` starts a comment. Throws `report.invalidRule` naming line and column.
 * @param text the rules text
 * @param options file (default `'rules'`)
 * @example
 * parseRules('path:**\/node_modules/** -app\nfunction:log_* -group', { file: 'rules.txt' });
 */
export function parseRules(text: string, { file = 'rules' }: ParseRulesOptions = {}): StackRule[] {
  const rules: StackRule[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const rule = parseLine(lines[i], file, i + 1);
    if (rule) rules.push(rule);
  }
  return rules;
}
