/**
 * The readers every case shares, and the floor itself: the bytes read in 4 MiB chunks (NDJSON split at newlines)
 * or one file at a time (a folder), each event's text decoded and handed on. The floor hands it to JSON.parse and
 * nothing else; the library cases hand the parsed event to the library.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CHUNK = 4 << 20;

/** Whether the byte before `at` is a newline: a share that starts there starts at a line. */
function atLineStart(fd, at) {
  const one = Buffer.alloc(1);
  return readSync(fd, one, 0, 1, at - 1) === 1 && one[0] === 10;
}

/**
 * Calls `onText` with each non-empty line of an NDJSON file, holding one chunk (and one line) at a time; with
 * `start`/`end`, only the lines that start in [start, end): one thread's share, cut where the CLI cuts its tasks
 * (a line belongs to the share it starts in).
 */
export function forEachLine(path, onText, { start = 0, end = Infinity } = {}) {
  const fd = openSync(path, 'r');
  let buffer = Buffer.allocUnsafe(CHUNK);
  let filled = 0;
  let base = start; // the file offset of buffer[0]
  // a share that starts inside a line skips it: it belongs to the share before
  let skip = start > 0 && !atLineStart(fd, start);
  try {
    for (;;) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      const stop = filled + n;
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1 && nl < stop; nl = buffer.indexOf(10, from)) {
        if (base + from >= end) return;
        if (skip) skip = false;
        else if (nl > from) onText(buffer.toString('utf8', from, nl));
        from = nl + 1;
      }
      if (n === 0) {
        if (stop > from && !skip && base + from < end) onText(buffer.toString('utf8', from, stop));
        return;
      }
      buffer.copy(buffer, 0, from, stop);
      base += from;
      filled = stop - from;
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
