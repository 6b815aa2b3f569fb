import type { Finding } from '../types.js';
import { toPointer } from './pointer.js';

/** A warning for a value Sentry may have added since this version: it is named, never rejected (unless strict). */
export function unknownValueFinding(
  path: ReadonlyArray<string | number>,
  value: string,
  what: string,
  known: readonly string[],
): Finding {
  const hint = known.length <= 12 ? ` (known: ${known.join(', ')})` : '';
  return {
    pointer: toPointer(path),
    keyword: 'unknownValue',
    message: `unknown ${what} "${value}"${hint}: newer than this version of sentry-offline, or a typo`,
    severity: 'warning',
  };
}
