import { mergeFrameAggregates, type FrameAggregate } from '@sentry-offline/report';
import { Piscina } from 'piscina';
import type { FrameTask, FrameTaskOptions, FrameTaskResult } from './frame-task.js';
import { planFrameTasks, type FrameInputFile } from './plan-frame-tasks.js';
import { runFrameTask } from './run-frame-task.js';

/** Options of {@link aggregateFrameFiles}. */
export interface AggregateFrameFilesOptions extends FrameTaskOptions {
  /** Worker threads (default `0`: all work on the main thread). */
  workers?: number;
  /** Small files per task (default: the small files divided among the workers). */
  filesPerTask?: number;
  /**
   * Called every `progressEvery` milliseconds while the work goes on, and once at the end, with the events and
   * bytes read so far and the tasks done (for progress lines: events/s, MB/s).
   */
  onProgress?: (done: { events: number; bytes: number; tasks: number; of: number }) => void;
  /** Milliseconds between progress calls (default `1000`). */
  progressEvery?: number;
}

/** What {@link aggregateFrameFiles} read and built. */
export interface AggregateFrameFilesResult {
  aggregate: FrameAggregate;
  events: number;
  bytes: number;
  invalid: string[];
}

// tests run the TypeScript sources, where the worker file exists only as built JavaScript in dist/
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/workers/frame-worker.js', import.meta.url)
  : new URL('./frame-worker.js', import.meta.url);

/** Runs the tasks on the main thread in turn, or on a pool of `workers` threads, handing each result to `add`. */
async function runTasks(
  tasks: FrameTask[],
  workers: number,
  add: (result: FrameTaskResult<FrameAggregate>) => void,
): Promise<void> {
  if (workers <= 0 || tasks.length <= 1) {
    for (const task of tasks) add(await runFrameTask(task));
    return;
  }
  const pool = new Piscina({ filename: WORKER.href, minThreads: workers, maxThreads: workers });
  try {
    // merged as they finish: counts add, sets unite and rankings sort, so the order does not change the result
    await Promise.all(
      tasks.map(async (task) => add((await pool.run(task)) as FrameTaskResult<FrameAggregate>)),
    );
  } finally {
    await pool.destroy();
  }
}

/**
 * Folds the events of many files into one frame aggregate, on the main thread or on a pool of worker threads
 * (piscina) whose partial aggregates are merged with `mergeFrameAggregates`: the result is the same whatever the
 * number of workers. Files are streamed (NDJSON, JSON arrays, gzip), so memory holds aggregates, not events.
 * @param files the files (path and display name)
 * @param options workers (default `0`), filesPerTask (default: divided among the workers), onProgress (default none), and the aggregate's options: strategy (default
 *   `'sentry'`), rules as text (default none), defaults (default `true`), by (default none), depth (default `5`),
 *   maxLength (default `255`)
 * @example
 * const { aggregate } = await aggregateFrameFiles([{ path, name }], { workers: 2 });
 */
export async function aggregateFrameFiles(
  files: readonly FrameInputFile[],
  {
    workers = 0,
    filesPerTask,
    onProgress,
    progressEvery = 1000,
    ...options
  }: AggregateFrameFilesOptions = {},
): Promise<AggregateFrameFilesResult> {
  const progress = onProgress ? new SharedArrayBuffer(16) : undefined;
  const tasks = planFrameTasks(files, options, { workers, filesPerTask }).map((task) => ({
    ...task,
    progress,
  }));
  const counters = progress ? new BigInt64Array(progress) : null;
  const report = () =>
    onProgress?.({
      events: Number(Atomics.load(counters!, 0)),
      bytes: Number(Atomics.load(counters!, 1)),
      tasks: done,
      of: tasks.length,
    });
  const timer = onProgress ? setInterval(report, progressEvery) : null;
  let merged: AggregateFrameFilesResult | null = null;
  let done = 0;
  const add = (result: FrameTaskResult<FrameAggregate>) => {
    merged =
      merged === null
        ? { ...result, invalid: [...result.invalid] }
        : {
            aggregate: mergeFrameAggregates(merged.aggregate, result.aggregate),
            events: merged.events + result.events,
            bytes: merged.bytes + result.bytes,
            invalid: [...merged.invalid, ...result.invalid],
          };
    done++;
  };
  try {
    await runTasks(tasks, workers, add);
  } finally {
    if (timer !== null) clearInterval(timer);
  }
  report();
  if (merged === null)
    return {
      aggregate: (await runFrameTask({ files: [], options })).aggregate,
      events: 0,
      bytes: 0,
      invalid: [],
    };
  return merged;
}
