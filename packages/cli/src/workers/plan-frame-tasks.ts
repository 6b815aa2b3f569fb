import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { formatFromName } from '../inputs/detect-format.js';
import type { FrameTask, FrameTaskOptions } from './frame-task.js';

/** A file to aggregate: its path and the name shown in messages. */
export interface FrameInputFile {
  path: string;
  name: string;
}

/** Options of {@link planFrameTasks}. */
export interface PlanFrameTasksOptions {
  /** Worker threads that will share the tasks (default `0`: the main thread alone). */
  workers?: number;
  /** Small files per task (default: the small files divided among the workers). */
  filesPerTask?: number;
}

const SPLIT_ABOVE = 16 << 20;

/** The offset of the line start at or after `at` (the byte after the next newline), or the file size. */
function lineStartAfter(fd: number, at: number, size: number): number {
  const window = Buffer.allocUnsafe(1 << 16);
  for (let pos = at - 1; pos < size; pos += window.length) {
    const n = readSync(fd, window, 0, window.length, pos);
    const nl = window.subarray(0, n).indexOf(10);
    if (nl !== -1) return pos + nl + 1;
    if (n === 0) break;
  }
  return size;
}

/** Byte ranges of an NDJSON file, cut at line starts. */
function ndjsonRanges(path: string, size: number, pieces: number): [number, number][] {
  const fd = openSync(path, 'r');
  try {
    const cuts = [0];
    for (let k = 1; k < pieces; k++)
      cuts.push(Math.max(cuts[k - 1], lineStartAfter(fd, Math.floor((size * k) / pieces), size)));
    cuts.push(size);
    return cuts
      .slice(1)
      .map((end, k) => [cuts[k], end] as [number, number])
      .filter(([s, e]) => e > s);
  } finally {
    closeSync(fd);
  }
}

/**
 * Cuts the input into tasks for worker threads: one share per worker, so that each keeps its caches warm — small
 * files in as many batches as workers, a large uncompressed NDJSON file in as many byte ranges (cut at line
 * starts); any other file (a JSON array, gzip) whole. With one thread or none, one task holds everything.
 * @param files the files, in the order their results should be merged
 * @param options options of the aggregate (sent to every task)
 * @param plan workers (default `0`), filesPerTask (default: the small files divided among the workers)
 */
export function planFrameTasks(
  files: readonly FrameInputFile[],
  options: FrameTaskOptions,
  { workers = 0, filesPerTask }: PlanFrameTasksOptions = {},
): FrameTask[] {
  if (workers <= 1 && filesPerTask === undefined) return [{ files: files.map((f) => ({ ...f })), options }];
  const tasks: FrameTask[] = [];
  const small: FrameInputFile[] = [];
  for (const file of files) {
    const size = statSync(file.path).size;
    const splittable =
      workers > 1 &&
      size > SPLIT_ABOVE &&
      formatFromName(file.path) === 'ndjson' &&
      !/\.gz$/i.test(file.path);
    if (splittable) {
      for (const [start, end] of ndjsonRanges(file.path, size, workers))
        tasks.push({ files: [{ ...file, start, end }], options });
    } else if (size < 1 << 20) small.push(file);
    else tasks.push({ files: [{ ...file }], options });
  }
  const batch = filesPerTask ?? Math.ceil(small.length / Math.max(1, workers));
  for (let i = 0; i < small.length; i += batch)
    tasks.push({ files: small.slice(i, i + batch).map((f) => ({ ...f })), options });
  return tasks;
}
