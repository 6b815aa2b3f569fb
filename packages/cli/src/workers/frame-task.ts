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
  files: { path: string; name: string; start?: number; end?: number }[];
  options: FrameTaskOptions;
  /** Shared counters (`BigInt64Array`: events, bytes) that the task adds to as it goes, for progress lines. */
  progress?: SharedArrayBuffer;
}

/** What a task sends back: what it read, and which thread folded its events (into that thread's aggregator). */
export interface FrameTaskResult {
  /** The thread that ran the task (`worker_threads.threadId`), whose aggregator holds its events. */
  thread: number;
  events: number;
  bytes: number;
  /** Documents that were not JSON or not events: `name:line: message`. */
  invalid: string[];
  /** Files that could not be read (or not to the end): `name: reason`; events read before an error count. */
  unreadable: string[];
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
}
