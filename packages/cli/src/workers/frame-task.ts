import type { AggregateFramesOptions } from '@sentry-offline/report';

/** The frame-aggregate options a worker can be sent: plain data (rules as text). */
export type FrameTaskOptions = Pick<
  AggregateFramesOptions,
  'strategy' | 'defaults' | 'by' | 'depth' | 'maxLength'
> & {
  rules?: string;
};

/** One share of the input for one worker: whole files, or a byte range of one NDJSON file. */
export interface FrameTask {
  files: readonly { path: string; name: string; start?: number; end?: number }[];
  options: FrameTaskOptions;
  /** Shared counters (`BigInt64Array`: events, bytes) that the task adds to as it goes, for progress lines. */
  progress?: SharedArrayBuffer;
}

/**
 * A document left out, and why. In a byte range of an NDJSON file, `line` counts from the range's first line:
 * the task cannot know how many lines come before it, so the lines of the earlier ranges are added when the
 * results are put together.
 */
export interface LeftOut {
  name: string;
  line: number | null;
  index: number;
  /** True for an element of a JSON array. */
  element?: boolean;
  /** Why, without the place: `Unexpected token …`, `a stats-v2 payload, not an event`. */
  reason: string;
}

/** What a task sends back: what it read, and which thread folded its events (into that thread's aggregator). */
export interface FrameTaskResult {
  /** The thread that ran the task (`worker_threads.threadId`), whose aggregator holds its events. */
  thread: number;
  events: number;
  bytes: number;
  /** Documents that were not JSON or not events. */
  invalid: LeftOut[];
  /** Lines read, for a task of one byte range (see {@link LeftOut}). */
  lines: number;
  /** Files that could not be read (or not to the end): `name: reason`; events read before an error count. */
  unreadable: string[];
  /** Events whose id this thread had seen before (each copy is counted). */
  repeated: number;
  /** The first of them, with their places (`reason`: `event <id> again`). */
  repeatedAt: LeftOut[];
}

/** A message to the worker thread that asks for what its aggregator holds (and empties it). */
export interface FrameCollect {
  collect: true;
  options: FrameTaskOptions;
}

/** What a worker thread's aggregator held: the partial aggregate, and how many task events it folded in. */
export interface FrameCollectResult<A> {
  thread: number;
  aggregate: A;
  events: number;
  /** The fingerprints of the ids of its events (`EventIdSet.table`), to find ids that two threads both saw. */
  ids: Uint32Array;
}
