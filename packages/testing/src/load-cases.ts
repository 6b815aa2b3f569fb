import { readFileSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { detectKind, parseText, SentryOfflineError, type PayloadKind } from '@sentry-offline/schema';

/** One saved payload, ready to use as a test case. */
export interface LoadedCase {
  /** The path relative to `cwd`, with forward slashes: `exports/2026-11.json`. */
  name: string;
  /** The file name without its extension: `2026-11`. */
  stem: string;
  path: string;
  text: string;
  /** The parsed payload; undefined when the text is not JSON. */
  value: unknown;
  /** The detected kind; null when it cannot be told (or the text is not JSON). */
  kind: PayloadKind | null;
}

/** Options of {@link loadCases}. */
export interface LoadCasesOptions {
  /** The folder the pattern is relative to: a path or a `file:` URL such as `new URL('.', import.meta.url)` (default the working folder). */
  cwd?: string | URL;
}

/**
 * Loads every file a glob matches as a test case (sorted by name), synchronously so that `describe.each` and
 * `it.each` can use it in vitest and Jest. Matching no file is an error (`testing.noCases`): a suite that silently
 * tests nothing cannot fail.
 * @param pattern a fast-glob pattern such as `exports/**\/*.json`
 * @param options cwd (default the working folder)
 * @example
 * describe.each(loadCases('exports/*.json', { cwd: new URL('.', import.meta.url) }))('$name', (c) => {
 *   it('is valid', () => expect(c).toBeValidSentryPayload('stats-v2'));
 * });
 */
export function loadCases(pattern: string, { cwd = '.' }: LoadCasesOptions = {}): LoadedCase[] {
  const root = resolve(typeof cwd === 'string' ? cwd : fileURLToPath(cwd));
  const files = fg.sync(pattern, { cwd: root, onlyFiles: true, absolute: true }).sort();
  if (files.length === 0) {
    throw new SentryOfflineError('testing.noCases', `${pattern} matched no file in ${root}`, {
      details: { pattern, cwd: root },
    });
  }
  return files.map((path) => {
    const text = readFileSync(path, 'utf8');
    const parsed = parseText(path, text);
    const value = parsed.ok ? parsed.value : undefined;
    const name = isAbsolute(pattern) ? path : relative(root, path).split('\\').join('/');
    return {
      name,
      stem: basename(path, extname(path)),
      path,
      text,
      value,
      kind: parsed.ok ? detectKind(value).kind : null,
    };
  });
}
