import { threadId } from 'node:worker_threads';
import type { FrameAggregate } from '@sentry-offline/report';
import { isSentryOfflineError, SentryOfflineError } from '@sentry-offline/schema';
import { describeFsError, isFsError } from '../inputs/describe-fs-error.js';
import { STDIN_PATH } from '../inputs/input-file.js';
import { readEventFile, streamEvents, type EventPlace } from '../inputs/stream-events.js';
import { createEventIdSet, idOfEvent, type EventIdSet } from './event-id-set.js';
import { createRepeatLog } from './repeat-log.js';
import { createTaskAggregator, notAnEvent, type TaskAggregator } from './frame-aggregator.js';
import type {
  FrameCollect,
  FrameCollectResult,
  FrameTask,
  FrameTaskOptions,
  FrameTaskResult,
  LeftOut,
} from './frame-task.js';

/**
 * Why the aggregator rejected an event, without the `event N` of its message: N counts the events this thread's
 * aggregator was given, which the file and line say better (and the same whichever thread read the event); the
 * id stays.
 */
function rejectedBecause(error: SentryOfflineError): string {
  const { problem, eventId } = error.details;
  if (typeof problem !== 'string') return error.message;
  return typeof eventId === 'string' ? `event ${eventId}: ${problem}` : problem;
}

/** Standard input, for the main thread's task that reads it (a file whose path is `-`). */
export type RunFrameTaskStdin = AsyncIterable<string | Uint8Array>;

/** Standard input where there is none (a worker thread): a clear error, not an empty read. */
async function* noStdin(): AsyncGenerator<Uint8Array> {
  yield* [];
  throw new SentryOfflineError('cli.unreadableInput', 'standard input can only be read on the main thread');
}

/** What a thread folds its events into: the aggregator, and the ids of the events seen (to tell repeats). */
export interface ThreadFold {
  aggregator: TaskAggregator;
  ids: EventIdSet;
}

/**
 * A new {@link ThreadFold}.
 * @param options the aggregate's options
 */
export const createThreadFold = (options: FrameTaskOptions): ThreadFold => ({
  aggregator: createTaskAggregator(options),
  ids: createEventIdSet(),
});

// a worker thread keeps its fold (its caches of built stacks, its events and their ids) from task to task, until
// a collect takes the events; `events` counts what its tasks folded in since
interface Held extends ThreadFold {
  key: string;
  events: number;
}
let kept: Held | null = null;

function threadHeld(options: FrameTaskOptions): Held {
  const key = JSON.stringify(options);
  if (kept?.key !== key) kept = { key, ...createThreadFold(options), events: 0 };
  return kept;
}

/**
 * Aggregates one task's share of the input: each file streamed (a byte range for NDJSON shares), each event
 * folded into the aggregator, which keeps it (see {@link collectFrameTask}). Documents that are not JSON, not events, or events the
 * aggregator rejects (`transform.invalidEvent`) are listed with their place and left out; a file that cannot be
 * read (or not to the end) is listed as unreadable and the others go on; any other error throws. Without a
 * fold, the thread's own is used and kept for its next task.
 * An event whose id this thread has seen before is counted again, and listed in `repeatedAt`.
 * @param task the files (or byte range) and the aggregate's options
 * @param given the fold to add to (default: this thread's)
 */
export async function runFrameTask(
  task: FrameTask,
  given?: ThreadFold,
  stdin?: RunFrameTaskStdin,
): Promise<FrameTaskResult> {
  const held = given ? null : threadHeld(task.options);
  const { aggregator, ids } = given ?? held!;
  const repeats = createRepeatLog<EventPlace>(ids);
  const counters = task.progress ? new BigInt64Array(task.progress) : null;
  const invalid: LeftOut[] = [];
  const leftOut = (place: EventPlace, reason: string) => {
    invalid.push({ ...place, reason });
  };
  let documents = 0;
  let lines = 0;
  let events = 0;
  let bytes = 0;
  const onRead = counters ? (n: number) => void Atomics.add(counters, 1, BigInt(n)) : undefined;
  const onEvent = (event: unknown, place: EventPlace) => {
    // progress in steps of 1024 documents: one atomic add per step
    if ((++documents & 1023) === 0 && counters) Atomics.add(counters, 0, 1024n);
    const not = notAnEvent(event);
    if (not !== null) return leftOut(place, not);
    try {
      aggregator.add(event);
      events++;
    } catch (error) {
      if (!isSentryOfflineError(error)) throw error;
      return leftOut(place, rejectedBecause(error));
    }
    const id = idOfEvent(event);
    if (id !== null) repeats.see(id, place);
  };
  // the parser's own message names the file and line: only its cause goes in the reason
  const onInvalid = (place: EventPlace, error: Error) =>
    leftOut(place, error.cause instanceof Error ? error.cause.message : error.message);
  const unreadable: string[] = [];
  for (const file of task.files) {
    const options = { name: file.name, start: file.start, end: file.end, onInvalid, onRead };
    if (file.path === STDIN_PATH) {
      const done = await streamEvents(file.path, onEvent, { ...options, source: stdin ?? noStdin() });
      bytes += done.bytes;
      lines += done.lines;
      continue;
    }
    const read = file.start === undefined ? readEventFile : streamEvents;
    const before = events;
    try {
      const done = await read(file.path, onEvent, options);
      bytes += done.bytes;
      lines += done.lines;
    } catch (error) {
      // a file that vanished or cannot be read since it was listed: named, and the other files go on
      if (!isFsError(error)) throw error;
      const after = events > before ? ` after ${events - before} events` : '';
      unreadable.push(`${file.name}: unreadable${after}: ${describeFsError(error).reason}`);
    }
  }
  if (counters) Atomics.add(counters, 0, BigInt(documents & 1023));
  if (held) held.events += events;
  const repeatedAt = repeats.listed.map(({ place, reason }): LeftOut => ({ ...place, reason }));
  return { thread: threadId, events, bytes, invalid, lines, unreadable, repeated: repeats.count, repeatedAt };
}

/**
 * What this thread's aggregator holds, flushed, with the count of task events in it: once at the end of a run,
 * so that a worker's partial aggregate is applied, cloned and folded into the total once, not once per task (on
 * the 100k-event NDJSON with one worker: 8.4 → 7.8 s of CPU).
 * @param collect the aggregate's options, as the tasks had them
 */
export function collectFrameTask({ options }: FrameCollect): FrameCollectResult<FrameAggregate> {
  const held = threadHeld(options);
  const { events, ids } = held;
  held.events = 0;
  held.ids = createEventIdSet();
  return { thread: threadId, aggregate: held.aggregator.flush(), events, ids: ids.table };
}
