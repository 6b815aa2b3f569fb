import { closeSync, openSync, readSync } from 'node:fs';
import { formatFromName } from '../inputs/detect-format.js';
import { sizeOrZero } from '../util/size-or-zero.js';
import type { FrameTask, FrameTaskOptions } from './frame-task.js';

/** A file to aggregate: its path and the name shown in messages. */
export interface FrameInputFile {
  path: string;
  name: string;
}

/** Options of {@link planFrameTasks}. */
export interface PlanFrameTasksOptions {
  /** Threads that will share the tasks, the main thread included (default `1`: one task holds everything). */
  threads?: number;
  /** Files per task, for files that are not split (default `64`). */
  filesPerTask?: number;
  /** Bytes of a large NDJSON file a task should read (default 8 MiB: fewer partial aggregates to send and fold). */
  taskBytes?: number;
}

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

/** Byte ranges of an NDJSON file of about `bytes` each, cut at line starts. */
function ndjsonRanges(path: string, size: number, bytes: number): [number, number][] {
  const fd = openSync(path, 'r');
  try {
    const ranges: [number, number][] = [];
    for (let start = 0; start < size;) {
      const end = start + bytes >= size ? size : lineStartAfter(fd, start + bytes, size);
      ranges.push([start, end]);
      start = end;
    }
    return ranges;
  } finally {
    closeSync(fd);
  }
}

const splittable = (path: string) => formatFromName(path) === 'ndjson' && !/\.gz$/i.test(path);

/**
 * Cuts the input into tasks that threads take one at a time as they become free: a large uncompressed NDJSON
 * file into byte ranges of about `taskBytes` (cut at line starts); every other file (a folder's one-event files,
 * JSON arrays, gzip) into batches of `filesPerTask`, in order. Only NDJSON files are stat'ed: a folder of 10k
 * files is planned without 10k system calls, and the many small tasks balance the threads when some files are
 * large. Each thread keeps its caches from task to task, so many tasks cost little more than one. With one
 * thread, one task holds everything.
 * @param files the files, in the order their results should be listed
 * @param options options of the aggregate (sent with every task)
 * @param plan threads (default `1`), filesPerTask (default `64`), taskBytes (default 8 MiB)
 * @example
 * const tasks = planFrameTasks(files, { strategy: 'sentry' }, { threads: 2 });
 */
export function planFrameTasks(
  files: readonly FrameInputFile[],
  options: FrameTaskOptions,
  { threads = 1, filesPerTask, taskBytes = 8 << 20 }: PlanFrameTasksOptions = {},
): FrameTask[] {
  // one thread reads the files where they are: no copy of each (~40 bytes a file, 40 MiB for a million files)
  if (threads <= 1 && filesPerTask === undefined) return [{ files, options }];
  const batchSize = filesPerTask ?? 64;
  const tasks: FrameTask[] = [];
  let batch: FrameInputFile[] = [];
  const close = () => {
    if (batch.length > 0) tasks.push({ files: batch, options });
    batch = [];
  };
  for (const file of files) {
    const size = threads > 1 && splittable(file.path) ? sizeOrZero(file.path) : 0;
    if (size > 2 * taskBytes) {
      close();
      for (const [start, end] of ndjsonRanges(file.path, size, taskBytes))
        tasks.push({ files: [{ ...file, start, end }], options });
      continue;
    }
    batch.push({ ...file });
    if (batch.length >= batchSize) close();
  }
  close();
  return tasks;
}
