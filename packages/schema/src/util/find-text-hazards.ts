import { visit } from 'jsonc-parser';
import type { ValidationIssue } from '../types.js';
import type { ValueMeasure } from './measure-value.js';
import { toPointer } from './pointer.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function countOf(text: string, pattern: RegExp): number {
  let n = 0;
  for (pattern.lastIndex = 0; pattern.exec(text);) n++;
  return n;
}

/**
 * True when the text may name a key twice in one object. Every key has one `:` after it and the text has no
 * other `:` outside strings, so the colons of the text minus those inside the parsed strings count the keys
 * written; more than the parsed value has means a repeat. A `\u003a` escape breaks the count: then every
 * `"` + colon pair is counted instead (an upper bound).
 */
function mayRepeatKeys(text: string, { keys, stringColons }: ValueMeasure): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons++;
  if (colons <= keys) return false;
  // JSON escapes are lower-case `\u` (JSON.parse refuses `\U`); two plain searches are far faster than one /i regex
  if (!text.includes('\\u003a') && !text.includes('\\u003A')) return colons - stringColons > keys;
  return countOf(text, /"\s*:/g) > keys;
}

interface Place {
  line: number;
  column: number;
}

// jsonc-parser's lines and characters are 0-based
const place = (line: number, character: number): Place => ({ line: line + 1, column: character + 1 });

function warning(
  file: string,
  pointer: string,
  at: Place,
  keyword: string,
  message: string,
): ValidationIssue {
  return { file, pointer, line: at.line, column: at.column, severity: 'warning', keyword, message };
}

function unsafeIntegerIssue(
  file: string,
  source: string,
  pointer: string,
  at: Place,
): ValidationIssue | null {
  if (!/^-?\d+$/.test(source)) return null;
  const big = BigInt(source);
  if (big <= MAX_SAFE && big >= -MAX_SAFE) return null;
  const read = String(Number(source));
  const rounded = BigInt(Number(source)) === big ? '' : `, read as ${read} (rounded)`;
  const message =
    `the integer ${source} is beyond ±(2^53 − 1) = ${Number.MAX_SAFE_INTEGER}, which a JavaScript number ` +
    `cannot hold exactly${rounded}: ids that large must be saved as strings, and no count can be that large`;
  return warning(file, pointer, at, 'unsafeInteger', message);
}

/**
 * Finds what `JSON.parse` hides: a key named twice in one object (it keeps the last value silently) and
 * integer literals beyond `Number.MAX_SAFE_INTEGER` (rounded silently). The text is walked with jsonc-parser's
 * visitor only when a cheap count says there may be something to find, so ordinary files cost two scans.
 * @param file the name used in issues
 * @param text JSON text that `JSON.parse` accepted, nested at most a few hundred levels
 * @param measure what measuring the parsed value found (its keys and whether it holds unsafe integers)
 */
export function findTextHazards(file: string, text: string, measure: ValueMeasure): ValidationIssue[] {
  const repeats = mayRepeatKeys(text, measure);
  if (!repeats && !measure.unsafeIntegers) return [];
  const issues: ValidationIssue[] = [];
  const objects: Array<Map<string, Place>> = [];
  visit(text, {
    onObjectBegin: () => {
      objects.push(new Map());
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (key, _offset, _length, line, character, path) => {
      if (!repeats) return;
      const seen = objects[objects.length - 1];
      const first = seen.get(key);
      const at = place(line, character);
      if (!first) {
        seen.set(key, at);
        return;
      }
      const message =
        `the key "${key}" appears twice in one object (line ${first.line} column ${first.column}, and here): ` +
        'only the last value is kept';
      issues.push(warning(file, toPointer([...path(), key]), at, 'duplicateKey', message));
    },
    onLiteralValue: (value, offset, length, line, character, path) => {
      if (!measure.unsafeIntegers || typeof value !== 'number' || Number.isSafeInteger(value)) return;
      const issue = unsafeIntegerIssue(
        file,
        text.slice(offset, offset + length),
        toPointer(path()),
        place(line, character),
      );
      if (issue) issues.push(issue);
    },
  });
  return issues;
}
