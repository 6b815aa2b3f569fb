/**
 * The readers every case shares, and the floor itself: the bytes read in 4 MiB chunks (NDJSON split at newlines)
 * or one file at a time (a folder), each event's text decoded and handed on. The floor hands it to JSON.parse and
 * nothing else; the library cases hand the parsed event to the library.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CHUNK = 4 << 20;

/** Calls `onText` with each non-empty line of an NDJSON file, holding one chunk (and one line) at a time. */
export function forEachLine(path, onText) {
  const fd = openSync(path, 'r');
  let buffer = Buffer.allocUnsafe(CHUNK);
  let filled = 0;
  try {
    for (;;) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      const end = filled + n;
      let start = 0;
      for (let nl = buffer.indexOf(10, start); nl !== -1 && nl < end; nl = buffer.indexOf(10, start)) {
        if (nl > start) onText(buffer.toString('utf8', start, nl));
        start = nl + 1;
      }
      if (n === 0) {
        if (end > start) onText(buffer.toString('utf8', start, end));
        return;
      }
      buffer.copy(buffer, 0, start, end);
      filled = end - start;
    }
  } finally {
    closeSync(fd);
  }
}

/** The files of a folder in name order. */
export function listFiles(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Calls `onText` with the text of each file of a folder. */
export function forEachFile(dir, onText) {
  for (const path of listFiles(dir)) onText(readFileSync(path, 'utf8'));
}

/** Calls `onText` with each event's text, from an NDJSON file or a folder of files. */
export function forEachEventText(input, onText) {
  if (input.endsWith('.ndjson')) forEachLine(input, onText);
  else forEachFile(input, onText);
}
