import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { forEachLine, listFiles } from '../lib/read.mjs';

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
  else forEachLine(path, parse, { start, end });
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
