import { readArray, readBoolean, readObject, type EventPlace, type JsonObject } from './event-fields.js';
import type { EventParts } from './event-parts.js';
import { readThreadId } from './read-thread-id.js';

/** Where a frame row comes from. */
export type FrameSource = 'exception' | 'thread' | 'stacktrace';

/** One stack of an event: its frames as in the payload and where they are. */
export interface Stack {
  source: FrameSource;
  /** Index of the exception or thread in its list; 0 for the standalone stacktrace. */
  position: number;
  frames: readonly unknown[];
  /** JSON Pointer of the frames array. */
  pointer: string;
  /** Frames that are not null. */
  count: number;
  crashed: boolean;
  current: boolean;
  /** Depth of the stack's most recent frame, or null when the stack is not on the crash path. */
  depthOffset: number | null;
}

/** `rawStacktrace` / `raw_stacktrace` (before symbolication and source maps) when asked for and present. */
function stacktraceKey(holder: JsonObject, raw: boolean): string {
  if (raw) {
    if (holder.rawStacktrace !== undefined && holder.rawStacktrace !== null) return 'rawStacktrace';
    if (holder.raw_stacktrace !== undefined && holder.raw_stacktrace !== null) return 'raw_stacktrace';
  }
  return 'stacktrace';
}

function stackOf(
  value: unknown,
  pointer: string,
  source: FrameSource,
  position: number,
  place: EventPlace,
): Stack | null {
  const stacktrace = readObject(value, place, pointer);
  const frames = readArray(stacktrace?.frames, place, pointer, 'frames');
  if (frames === null) return null;
  let count = 0;
  for (const frame of frames) if (frame !== null && frame !== undefined) count++;
  if (count === 0) return null;
  return {
    source,
    position,
    frames,
    pointer: `${pointer}/frames`,
    count,
    crashed: false,
    current: false,
    depthOffset: null,
  };
}

function threadStack(thread: JsonObject, i: number, pointer: string, place: EventPlace, raw: boolean) {
  const key = stacktraceKey(thread, raw);
  const stack = stackOf(thread[key], `${pointer}/${key}`, 'thread', i, place);
  if (stack === null) return null;
  stack.crashed = readBoolean(thread.crashed, place, pointer, 'crashed') === true;
  stack.current = readBoolean(thread.current, place, pointer, 'current') === true;
  return stack;
}

/**
 * Depth runs over the crash path only: the exception chain read back from its last exception (the one finally
 * raised), else the crashed thread, else the standalone stacktrace, else the current thread.
 */
function setDepths(stacks: Stack[]): void {
  const chain = stacks.filter((s) => s.source === 'exception');
  if (chain.length > 0) {
    let offset = 0;
    for (let i = chain.length - 1; i >= 0; i--) {
      chain[i].depthOffset = offset;
      offset += chain[i].count;
    }
    return;
  }
  const crash =
    stacks.find((s) => s.crashed) ??
    stacks.find((s) => s.source === 'stacktrace') ??
    stacks.find((s) => s.current);
  if (crash) crash.depthOffset = 0;
}

/** The exception stacks, pushed onto `stacks`; returns the thread ids the exceptions name (null when none). */
function exceptionStacks(
  parts: EventParts,
  place: EventPlace,
  raw: boolean,
  stacks: Stack[],
): Set<string> | null {
  let covered: Set<string> | null = null;
  const exceptions = parts.exceptions;
  for (let i = 0; exceptions !== null && i < exceptions.items.length; i++) {
    const pointer = exceptions.pointer(i);
    const exception = readObject(exceptions.items[i], place, pointer);
    if (exception === null) continue;
    const key = stacktraceKey(exception, raw);
    const stack = stackOf(exception[key], `${pointer}/${key}`, 'exception', i, place);
    if (stack === null) continue;
    stacks.push(stack);
    const idKey = exception.threadId !== undefined ? 'threadId' : 'thread_id';
    const threadId = readThreadId(exception[idKey], place, pointer, idKey);
    if (threadId !== null) (covered ??= new Set()).add(threadId);
  }
  return covered;
}

/**
 * The stacks of an event that have frames, in table order (exceptions, threads, standalone stacktrace), with
 * their depth offsets. A thread whose id an exception names (`thread_id`) and whose stack that exception already
 * carries is left out: it is the same stack.
 */
export function findStacks(parts: EventParts, place: EventPlace, raw: boolean): Stack[] {
  const stacks: Stack[] = [];
  const covered = exceptionStacks(parts, place, raw, stacks);
  const threads = parts.threads;
  for (let i = 0; threads !== null && i < threads.items.length; i++) {
    const pointer = threads.pointer(i);
    const thread = readObject(threads.items[i], place, pointer);
    if (thread === null) continue;
    const id = readThreadId(thread.id, place, pointer, 'id');
    if (id !== null && covered?.has(id)) continue;
    const stack = threadStack(thread, i, pointer, place, raw);
    if (stack !== null) stacks.push(stack);
  }
  if (parts.stacktrace !== null) {
    const { value, pointer } = parts.stacktrace;
    const stack = stackOf(value, pointer, 'stacktrace', 0, place);
    if (stack !== null) stacks.push(stack);
  }
  setDepths(stacks);
  return stacks;
}
