import { existsSync } from 'node:fs';
import { addFrameAggregate, type FrameAggregate } from '@sentry-offline/report';
import { Piscina } from 'piscina';
import { describePlace } from '../inputs/stream-events.js';
import type { EventIdSet } from './event-id-set.js';
import type {
  FrameCollect,
  FrameCollectResult,
  FrameTask,
  FrameTaskOptions,
  FrameTaskResult,
  LeftOut,
} from './frame-task.js';
import { planFrameTasks, type FrameInputFile } from './plan-frame-tasks.js';
import { createThreadFold, runFrameTask, type RunFrameTaskStdin } from './run-frame-task.js';
import { STDIN_PATH } from '../inputs/input-file.js';

/** Options of {@link aggregateFrameFiles}. */
export interface AggregateFrameFilesOptions extends FrameTaskOptions {
  /** Worker threads besides the main thread, which takes tasks too (default `0`: all work on the main thread). */
  workers?: number;
  /** Files per task, for files that are not cut into byte ranges (default `64`). */
  filesPerTask?: number;
  /** Bytes per task of an uncompressed NDJSON file, cut at line starts, when it is over twice this (default 8 MiB). */
  taskBytes?: number;
  /**
   * Called every `progressEvery` milliseconds while the work goes on, and once at the end, with the documents
   * and bytes read so far and the tasks done (for progress lines: events/s, MB/s).
   */
  onProgress?: (done: { events: number; bytes: number; tasks: number; of: number }) => void;
  /** Milliseconds between progress calls (default `1000`). */
  progressEvery?: number;
  /**
   * Standard input, read where a file's path is `-` (as `listInputFiles` lists it): on the main thread, and then
   * without worker threads, as it can be read only once and only here (default none: such a file is unreadable).
   */
  stdin?: AsyncIterable<string | Uint8Array>;
}

/** What {@link aggregateFrameFiles} read and built. */
export interface AggregateFrameFilesResult {
  aggregate: FrameAggregate;
  /** Events folded into the aggregate. */
  events: number;
  bytes: number;
  /**
   * Documents left out (not JSON, not an event, a field of the wrong type): `name:line: why` (`name[index]: why`
   * in a JSON array), in input order.
   */
  invalid: string[];
  /** Files that could not be read, or not to the end (`name: unreadable[ after N events]: reason`), in input order. */
  unreadable: string[];
  /**
   * Events whose id an earlier document had (an event saved twice): `count` (each copy is counted in the
   * aggregate), and the first of them as `name:line: event <id> again` (those that one thread saw twice; the
   * ids two threads saw are in the count only).
   */
  repeated: { count: number; at: string[] };
}

// where the worker files are: tests run the TypeScript sources (the worker exists only as built JavaScript in
// dist/), the bundled command-line tool runs from dist/bin.bundle.js, the modules from dist/workers/
const DIST = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/workers/', import.meta.url)
  : /\/workers\/[^/]+$/.test(import.meta.url)
    ? new URL('./', import.meta.url)
    : new URL('./workers/', import.meta.url);

/**
 * The worker's entry: the one-file bundle that `pnpm build` makes (a thread loads it in ~25 ms), else the
 * worker module with its hundreds of imports (300–450 ms a thread).
 */
export function frameWorkerUrl(): URL {
  const bundle = new URL('frame-worker.bundle.js', DIST);
  return existsSync(bundle) ? bundle : new URL('frame-worker.js', DIST);
}

/** `name:line` (`name[index]` in a JSON array, `name` for a document), then why. */
const describeLeftOut = (left: LeftOut, lineOffset: number) =>
  `${describePlace(left, lineOffset)}: ${left.reason}`;

/**
 * The documents left out, in input order, each at its place in its file: the byte ranges of one NDJSON file
 * follow each other in the task list, each counting lines from 1, so each range's lines are shifted by those of
 * the ranges before it.
 */
function listLeftOut(
  tasks: readonly FrameTask[],
  results: readonly FrameTaskResult[],
  pick: (result: FrameTaskResult) => readonly LeftOut[],
): string[] {
  const out: string[] = [];
  let offset = 0;
  tasks.forEach((task, i) => {
    const result = results[i];
    if (result === undefined) return;
    const range = task.files.length === 1 && task.files[0].start !== undefined;
    if (!range || task.files[0].start === 0) offset = 0;
    for (const left of pick(result)) out.push(describeLeftOut(left, range ? offset : 0));
    if (range) offset += result.lines;
  });
  return out;
}

/**
 * A worker's young generation, in MiB: smaller than a worker gets by default, for the same speed (the 100k NDJSON
 * on two threads: 321–342 → 300–301 MiB peak; the 10k: 201–203 → 193–196 MiB; times within the noise).
 */
const WORKER_YOUNG_MB = 24;

/** How many rounds of collects {@link collectWorkers} sends before it gives up on a thread that never answers. */
const COLLECT_ROUNDS = 8;

/**
 * Takes each worker's partial aggregate, once: as many collects as threads, sent together, go one to each idle
 * thread; a thread asked twice answers empty the second time, so the rounds go on until every thread has handed
 * over as many events as its tasks folded in (`owed`). Each worker's event ids join `ids`; returns how many were
 * there already (an id seen by two threads).
 */
async function collectWorkers(
  pool: Piscina,
  workers: number,
  options: FrameTaskOptions,
  owed: Map<number, number>,
  { fold, ids }: { fold: (part: FrameAggregate) => void; ids: EventIdSet },
): Promise<number> {
  const collect: FrameCollect = { collect: true, options };
  let repeated = 0;
  for (let round = 0; [...owed.values()].some((n) => n > 0); round++) {
    if (round === COLLECT_ROUNDS)
      throw new Error(`frame workers: ${round} rounds of collects left events behind`);
    const parts = (await Promise.all(
      Array.from({ length: workers }, () => pool.run(collect)),
    )) as FrameCollectResult<FrameAggregate>[];
    for (const part of parts) {
      owed.set(part.thread, (owed.get(part.thread) ?? 0) - part.events);
      if (part.events === 0) continue;
      fold(part.aggregate);
      repeated += ids.merge(part.ids);
    }
  }
  return repeated;
}

/**
 * Runs the tasks in turn on the main thread, and, when there are workers, on a pool of them at the same time:
 * each thread takes the next task when it is free, so the main thread works while the workers start up and a
 * slow task does not hold the others back. Each thread keeps its events in its own aggregator from task to task;
 * hands each task's result to `record` with its index, and each thread's partial aggregate, at the end, to `fold`.
 * Returns how many events had an id that another thread had seen (each thread counts its own repeats).
 */
async function runTasks(
  tasks: readonly FrameTask[],
  { workers, options, stdin }: { workers: number; options: FrameTaskOptions; stdin?: RunFrameTaskStdin },
  record: (result: FrameTaskResult, index: number) => void,
  fold: (part: FrameAggregate) => void,
): Promise<number> {
  let next = 0;
  // after a failure (not a file that cannot be read: runFrameTask lists those) no thread takes another task
  const take = () => (next < 0 || next >= tasks.length ? -1 : next++);
  const stopOnFailure = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      next = -1;
      throw error;
    }
  };
  const main = createThreadFold(options);
  const onMain = () =>
    stopOnFailure(async () => {
      // between tasks the event loop turns, so the pool's results are taken in as they come
      for (let i = take(); i >= 0; i = take()) {
        record(await runFrameTask(tasks[i], main, stdin), i);
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
  if (workers <= 0 || tasks.length <= 1) {
    await onMain();
    fold(main.aggregator.flush());
    return 0;
  }
  // two tasks in hand per worker, so that it has the next one while the main thread is busy with its own
  const pool = new Piscina({
    filename: frameWorkerUrl().href,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 2,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // the task events each worker thread holds, to be collected
  const owed = new Map<number, number>();
  const onPool = () =>
    stopOnFailure(async () => {
      for (let i = take(); i >= 0; i = take()) {
        const result = (await pool.run(tasks[i])) as FrameTaskResult;
        owed.set(result.thread, (owed.get(result.thread) ?? 0) + result.events);
        record(result, i);
      }
    });
  try {
    await Promise.all([onMain(), ...Array.from({ length: 2 * workers }, onPool)]);
    fold(main.aggregator.flush());
    return await collectWorkers(pool, workers, options, owed, { fold, ids: main.ids });
  } finally {
    await pool.destroy();
  }
}

/**
 * Folds the events of many files into one frame aggregate, on the main thread alone or with a pool of worker
 * threads (piscina) that take tasks beside it; partial aggregates are folded together with `addFrameAggregate`
 * (counts add, sets unite), so the result is the same whatever the number of workers and whichever thread ran
 * which task. Files are streamed (NDJSON, JSON arrays, gzip), so memory holds aggregates, not events. Documents
 * that are not events are listed in `invalid`, never counted.
 * @param files the files (path and display name)
 * @param options workers (default `0`), filesPerTask (default `64`), taskBytes (default 8 MiB), onProgress (default none),
 *   progressEvery (default `1000`), and the aggregate's options: strategy (default `'sentry'`), rules as text
 *   (default none), defaults (default `true`), by (default none), depth (default `5`), maxLength (default `255`)
 * @example
 * const { aggregate, invalid } = await aggregateFrameFiles([{ path, name }], { workers: 1 });
 */
export async function aggregateFrameFiles(
  files: readonly FrameInputFile[],
  {
    workers = 0,
    filesPerTask,
    taskBytes,
    onProgress,
    progressEvery = 1000,
    stdin,
    ...options
  }: AggregateFrameFilesOptions = {},
): Promise<AggregateFrameFilesResult> {
  const progress = onProgress ? new SharedArrayBuffer(16) : undefined;
  // standard input is read on the main thread, once: no workers then
  const threads = files.some((file) => file.path === STDIN_PATH) ? 1 : workers + 1;
  const tasks = planFrameTasks(files, options, { threads, filesPerTask, taskBytes }).map((task) => ({
    ...task,
    progress,
  }));
  const counters = progress ? new BigInt64Array(progress) : null;
  let done = 0;
  const report = () =>
    onProgress?.({
      events: Number(Atomics.load(counters!, 0)),
      bytes: Number(Atomics.load(counters!, 1)),
      tasks: done,
      of: tasks.length,
    });
  const timer = onProgress ? setInterval(report, progressEvery) : null;
  let aggregate: FrameAggregate | null = null;
  const results: FrameTaskResult[] = [];
  let events = 0;
  let bytes = 0;
  const record = (result: FrameTaskResult, index: number) => {
    results[index] = result;
    events += result.events;
    bytes += result.bytes;
    done++;
  };
  // each thread's part folded into the first (ours: the main thread's, or a clone from a worker), so each fold
  // costs the size of the part, not of the total
  const fold = (part: FrameAggregate) => {
    if (aggregate === null) aggregate = part;
    else addFrameAggregate(aggregate, part);
  };
  let acrossThreads = 0;
  try {
    acrossThreads = await runTasks(tasks, { workers: threads - 1, options, stdin }, record, fold);
  } finally {
    if (timer !== null) clearInterval(timer);
  }
  report();
  const unreadable = results.flatMap((result) => result.unreadable);
  const repeated = {
    count: results.reduce((n, result) => n + result.repeated, acrossThreads),
    at: listLeftOut(tasks, results, (result) => result.repeatedAt),
  };
  const invalid = listLeftOut(tasks, results, (result) => result.invalid);
  return { aggregate: aggregate!, events, bytes, invalid, unreadable, repeated };
}
