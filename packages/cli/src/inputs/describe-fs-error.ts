import { isSentryOfflineError } from '@sentry-offline/schema';

/** System error codes in plain words, for the reasons shown to users. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ERR_FS_FILE_TOO_LARGE: 'too large to read (over 2 GB)',
  EIO: 'input/output error',
};

/**
 * Turns a Node file-system error into `{ code, reason }` for an unreadable input, never a stack trace.
 * @param error what `fs` threw
 * @example
 * describeFsError(Object.assign(new Error('x'), { code: 'EACCES' })); // { code: 'EACCES', reason: 'permission denied' }
 */
export function describeFsError(error: unknown): { code: string; reason: string } {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'unknown';
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
  return { code, reason };
}

/**
 * Whether an error is the system's own (a file that cannot be read, or not to the end: it has a string `code`),
 * not one of ours, which also have a code but are to be reported as they are.
 * @param error what was thrown
 * @example
 * isFsError(Object.assign(new Error('x'), { code: 'EACCES' })); // true
 */
export function isFsError(error: unknown): boolean {
  return !isSentryOfflineError(error) && typeof (error as { code?: unknown } | null)?.code === 'string';
}
