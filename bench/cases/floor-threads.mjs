import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { listFiles } from '../lib/read.mjs';

const CHUNK = 4 << 20;

/**
 * Calls `onText` with each line of an NDJSON file that starts in [start, end): a share of the file for one
 * thread, cut where the CLI cuts its tasks (a line belongs to the share it starts in).
 */
function forEachLineIn(path, start, end, onText) {
  const fd = openSync(path, 'r');
  let buffer = Buffer.allocUnsafe(CHUNK);
  try {
    // a share that starts mid-line begins after the next newline
    let at = start;
    if (start > 0) {
      const one = Buffer.alloc(1);
      readSync(fd, one, 0, 1, start - 1);
      if (one[0] !== 10) {
        for (;;) {
          const n = readSync(fd, buffer, 0, CHUNK, at);
          const nl = buffer.indexOf(10);
          if (n === 0) return;
          if (nl !== -1 && nl < n) {
            at += nl + 1;
            break;
          }
          at += n;
        }
      }
    }
    let filled = 0;
    let base = at; // file offset of buffer[0]
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
        if (nl > from) onText(buffer.toString('utf8', from, nl));
        from = nl + 1;
      }
      if (n === 0) {
        if (stop > from && base + from < end) onText(buffer.toString('utf8', from, stop));
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

/** The floor's work on one share: NDJSON bytes [start, end), or the files `files`. */
export function floorShare({ path, start, end, files }) {
  let events = 0;
  let keys = 0;
  const parse = (text) => {
    const event = JSON.parse(text);
    events++;
    keys += event === null ? 0 : 1;
  };
  if (files) for (const file of files) parse(readFileSync(file, 'utf8'));
  else forEachLineIn(path, start, end, parse);
  return { events, keys };
}

/**
 * The floor on two threads, arranged as the CLI's 2-thread runs are (the main thread and one worker): each reads
 * and JSON.parses half the input (NDJSON cut at a line start, or half the files), nothing else. What two threads
 * can reach at best, in time and in peak RSS, for any work that parses every event.
 */
export async function floorEventsThreads(input) {
  let shares;
  if (statSync(input).isDirectory()) {
    const files = listFiles(input);
    const half = Math.ceil(files.length / 2);
    shares = [{ files: files.slice(0, half) }, { files: files.slice(half) }];
  } else {
    const fd = openSync(input, 'r');
    const { size } = fstatSync(fd);
    closeSync(fd);
    const half = Math.floor(size / 2);
    shares = [
      { path: input, start: 0, end: half },
      { path: input, start: half, end: size },
    ];
  }
  const worker = new Worker(new URL('./floor-thread-worker.mjs', import.meta.url), { workerData: shares[1] });
  const theirs = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const ours = floorShare(shares[0]);
  const other = await theirs;
  await worker.terminate();
  return { events: ours.events + other.events, keys: ours.keys + other.keys };
}
