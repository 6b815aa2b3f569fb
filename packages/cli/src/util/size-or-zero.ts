import { statSync } from 'node:fs';

/**
 * A file's size in bytes, or 0 when it cannot be stat'ed: for planning only, where the read that follows reports
 * the file as unreadable with its reason.
 * @param path the file
 * @example
 * const bytes = files.reduce((n, f) => n + sizeOrZero(f.path), 0);
 */
export function sizeOrZero(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
