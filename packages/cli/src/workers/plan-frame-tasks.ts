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
  /** Small files per task (default `2000`). */
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
 * Cuts the input into tasks for worker threads: small files in batches, a large uncompressed NDJSON file in
 * byte ranges cut at line starts (four per worker, so that both cores stay busy to the end), any other file
 * (a JSON array, gzip) whole. With no workers, one task per batch all the same: the main thread runs them in turn.
 * @param files the files, in the order their results should be merged
 * @param options options of the aggregate (sent to every task)
 * @param plan workers (default `0`), filesPerTask (default `2000`)
 */
export function planFrameTasks(
  files: readonly FrameInputFile[],
  options: FrameTaskOptions,
  { workers = 0, filesPerTask = 2000 }: PlanFrameTasksOptions = {},
): FrameTask[] {
  const tasks: FrameTask[] = [];
  let batch: FrameTask | null = null;
  for (const file of files) {
    const size = statSync(file.path).size;
    const splittable =
      workers > 1 &&
      size > SPLIT_ABOVE &&
      formatFromName(file.path) === 'ndjson' &&
      !/\.gz$/i.test(file.path);
    if (splittable) {
      for (const [start, end] of ndjsonRanges(file.path, size, workers * 4))
        tasks.push({ files: [{ ...file, start, end }], options });
    } else if (size < 1 << 20) {
      if (batch === null || batch.files.length >= filesPerTask) tasks.push((batch = { files: [], options }));
      batch.files.push({ ...file });
    } else tasks.push({ files: [{ ...file }], options });
  }
  return tasks;
}
