import {
  invalidEvent,
  keyOf,
  readBoolean,
  readNumber,
  readObject,
  readString,
  type EventPlace,
  type JsonObject,
} from './event-fields.js';
import { readEventParts, type ValueList } from './event-parts.js';
import { findStacks, type FrameSource, type Stack } from './find-stacks.js';
import { eventIdOf } from './read-event.js';
import { readTimestamp } from './read-timestamp.js';

/** One frame of a crash stack, with the cells the `frames` table gives it. */
export interface CrashFrame {
  /** Index in the payload's frames list (oldest call first; null items keep their index). */
  frameIndex: number;
  /** 0 = the crash site; null when the stack is not on the crash path (a thread chosen for want of better). */
  depth: number | null;
  function: string | null;
  rawFunction: string | null;
  module: string | null;
  package: string | null;
  filename: string | null;
  absPath: string | null;
  lineno: number | null;
  inApp: boolean | null;
  /** The frame's platform, else the event's. */
  platform: string | null;
  instructionAddr: string | null;
}

/** The crash stack of one event and the event fields a frame report keys by. */
export interface CrashStack {
  eventId: string | null;
  groupId: string | null;
  platform: string | null;
  /** The event's `type` (`error`, `default`, `transaction`…), or null. */
  type: string | null;
  dateCreated: Date | null;
  /** Type of the exception whose stack this is, else of the last exception of the chain, else null. */
  exceptionType: string | null;
  /** `exception`, `thread` or `stacktrace`; null when the event has no frames. */
  source: FrameSource | null;
  position: number | null;
  /** Payload order: oldest call first, the crash site last. */
  frames: CrashFrame[];
}

/** Options of {@link readCrashStack}. */
export interface ReadCrashStackOptions {
  /** Read `rawStacktrace` where present (default `false`). */
  rawStacktraces?: boolean;
  /** The event's place in its input, for error messages (default `0`). */
  index?: number;
}

const RANK: Record<FrameSource, number> = { exception: 0, stacktrace: 1, thread: 2 };

/** The stack on the crash path (depth 0), else the best by source: last exception, stacktrace, first thread. */
function primaryStack(stacks: Stack[]): Stack | null {
  let best: Stack | null = null;
  for (const stack of stacks) {
    if (stack.depthOffset === 0) return stack;
    if (best === null) best = stack;
    else if (RANK[stack.source] !== RANK[best.source]) {
      if (RANK[stack.source] < RANK[best.source]) best = stack;
    } else if (stack.source === 'exception' ? stack.position > best.position : stack.position < best.position)
      best = stack;
  }
  return best;
}

function exceptionType(list: ValueList | null, place: EventPlace, at: number | null): string | null {
  let type: string | null = null;
  for (let i = 0; list !== null && i < list.items.length; i++) {
    const pointer = list.pointer(i);
    const exception = readObject(list.items[i], place, pointer);
    if (exception === null) continue;
    type = readString(exception.type, place, pointer, 'type');
    if (i === at) return type;
  }
  return type;
}

/** A field as text: strings as they are (the common case, no pointer built), anything else as `readString` reads it. */
function text(frame: JsonObject, key: string, place: EventPlace, pointer: () => string): string | null {
  const value = frame[key];
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? null : readString(value, place, pointer(), key);
}

function readFrame(
  frame: JsonObject,
  frameIndex: number,
  depth: number | null,
  place: EventPlace,
  pointer: () => string,
  platform: string | null,
): CrashFrame {
  const lineno = keyOf(frame, 'lineNo', 'lineno');
  const inApp = keyOf(frame, 'inApp', 'in_app');
  const line = frame[lineno];
  const app = frame[inApp];
  return {
    frameIndex,
    depth,
    function: text(frame, 'function', place, pointer),
    rawFunction: text(frame, keyOf(frame, 'rawFunction', 'raw_function'), place, pointer),
    module: text(frame, 'module', place, pointer),
    package: text(frame, 'package', place, pointer),
    filename: text(frame, 'filename', place, pointer),
    absPath: text(frame, keyOf(frame, 'absPath', 'abs_path'), place, pointer),
    lineno:
      line === null || line === undefined || (typeof line === 'number' && Number.isFinite(line))
        ? (line ?? null)
        : readNumber(line, place, pointer(), lineno),
    inApp:
      app === null || app === undefined || typeof app === 'boolean'
        ? (app ?? null)
        : readBoolean(app, place, pointer(), inApp),
    platform: text(frame, 'platform', place, pointer) ?? platform,
    instructionAddr: text(frame, keyOf(frame, 'instructionAddr', 'instruction_addr'), place, pointer),
  };
}

function firstKey(event: JsonObject, keys: readonly string[]): string {
  for (const key of keys) if (event[key] !== undefined && event[key] !== null) return key;
  return keys[0];
}

/**
 * Reads only what a frame report needs from one event (API detail or raw JSON): its id, issue, platform, type
 * and date, and the frames of its crash stack (the stack holding depth 0 of the `frames` table; else the last
 * exception with frames, the standalone stacktrace, the first thread), with the same cells and checks as
 * {@link tidyEvents} gives them. Breadcrumbs, tags, contexts, requests and vars are not looked at, so a
 * frame aggregate over millions of events costs little more than parsing them.
 * @param event a parsed event
 * @param options rawStacktraces (default `false`), index (default `0`)
 * @example
 * const { frames, exceptionType } = readCrashStack(JSON.parse(line));
 * frames.at(-1)?.function; // the crash site
 */
export function readCrashStack(
  event: unknown,
  { rawStacktraces = false, index = 0 }: ReadCrashStackOptions = {},
): CrashStack {
  const place: EventPlace = { index, id: null };
  const object = readObject(event, place, '') ?? invalidEvent(place, '', undefined, 'an event object', event);
  place.id = eventIdOf(object, place);
  const parts = readEventParts(object, place);
  const platform = readString(object.platform, place, '', 'platform');
  const group = firstKey(object, ['groupID', 'group_id']);
  const created = firstKey(object, ['dateCreated', 'datetime', 'timestamp']);
  const stack = primaryStack(findStacks(parts, place, rawStacktraces));
  const frames: CrashFrame[] = [];
  if (stack !== null) {
    let k = 0;
    for (let i = 0; i < stack.frames.length; i++) {
      const frame = readObject(stack.frames[i], place, stack.pointer, i);
      if (frame === null) continue;
      const depth = stack.depthOffset === null ? null : stack.depthOffset + stack.count - 1 - k++;
      const pointer = () => `${stack.pointer}/${i}`;
      frames.push(readFrame(frame, i, depth, place, pointer, platform));
    }
  }
  const at = stack?.source === 'exception' ? stack.position : null;
  return {
    eventId: place.id,
    groupId: readString(object[group], place, '', group),
    platform,
    type: readString(object.type, place, '', 'type'),
    dateCreated: readTimestamp(object[created], place, '', created),
    exceptionType: exceptionType(parts.exceptions, place, at),
    source: stack?.source ?? null,
    position: stack?.position ?? null,
    frames,
  };
}
