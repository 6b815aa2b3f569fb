import type { InputFormat } from './input-file.js';

/** File names whose extension says how their text is laid out (a `.gz` suffix is allowed after it). */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/**
 * The format a file's name promises (`null` when the name says nothing), looking through a `.gz` suffix.
 * @param name a file name or path
 * @example
 * formatFromName('june.ndjson.gz'); // 'ndjson'
 */
export function formatFromName(name: string): InputFormat | null {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const dot = lower.lastIndexOf('.');
  return dot === -1 ? null : (INPUT_EXTENSIONS[lower.slice(dot)] ?? null);
}

/** True when the first line is a whole JSON value and more non-blank text follows it: NDJSON. */
export function looksLikeNdjson(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline === -1 || !/\S/.test(text.slice(newline, newline + 4096))) return false;
  const first = text.slice(0, newline).trim();
  if (!first.startsWith('{') && !first.startsWith('[')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format of a text: CSV only by name; otherwise NDJSON when the first line is a whole JSON value followed
 * by more lines (whatever the name says: a `.json` file holding NDJSON is read as NDJSON), else JSON.
 * @param name the file name (`<stdin>` for standard input)
 * @param text the decoded text
 * @example
 * detectFormat('<stdin>', '{"a":1}\n{"a":2}\n'); // 'ndjson'
 */
export function detectFormat(name: string, text: string): InputFormat {
  const byName = formatFromName(name);
  if (byName === 'csv') return 'csv';
  return looksLikeNdjson(text) ? 'ndjson' : (byName ?? 'json');
}
