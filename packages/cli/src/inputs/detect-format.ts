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
 * Whether a file's first bytes (not necessarily the whole file) start NDJSON, as {@link looksLikeNdjson} decides
 * on a whole text: a UTF-8 byte-order mark is skipped, and only the first line and 4 KiB after it are decoded.
 * What the streaming readers ask of a large file before they choose how to read it.
 * @param head the file's first bytes (inflated, for gzip)
 * @example
 * headIsNdjson(Buffer.from('{"a":1}\n{"a":2}')); // true
 */
export function headIsNdjson(head: Buffer): boolean {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const newline = head.indexOf(10, start);
  if (newline === -1) return false;
  return looksLikeNdjson(head.toString('utf8', start, Math.min(head.length, newline + 4097)));
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
