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
    const item = list.items[i];
    // the pointer text is built only when a value is of the wrong type
    const exception =
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? (item as JsonObject)
        : readObject(item, place, list.pointer(i));
    if (exception === null) continue;
    const value = exception.type;
    type = typeof value === 'string' ? value : readString(value, place, list.pointer(i), 'type');
    if (i === at) return type;
  }
  return type;
}

/** Where a frame is: its frames list's pointer and its index (the pointer text is built only for an error). */
interface FrameAt {
  place: EventPlace;
  list: string;
  index: number;
}

const pointerOf = (at: FrameAt) => `${at.list}/${at.index}`;

/** A field as text: strings as they are (the common case, no pointer built), anything else as `readString` reads it. */
function text(frame: JsonObject, key: string, at: FrameAt): string | null {
  const value = frame[key];
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? null : readString(value, at.place, pointerOf(at), key);
}

function readFrame(
  frame: JsonObject,
  depth: number | null,
  at: FrameAt,
  platform: string | null,
): CrashFrame {
  const lineno = keyOf(frame, 'lineNo', 'lineno');
  const inApp = keyOf(frame, 'inApp', 'in_app');
  const line = frame[lineno];
  const app = frame[inApp];
  return {
    frameIndex: at.index,
    depth,
    function: text(frame, 'function', at),
    rawFunction: text(frame, keyOf(frame, 'rawFunction', 'raw_function'), at),
    module: text(frame, 'module', at),
    package: text(frame, 'package', at),
    filename: text(frame, 'filename', at),
    absPath: text(frame, keyOf(frame, 'absPath', 'abs_path'), at),
    lineno:
      line === null || line === undefined || (typeof line === 'number' && Number.isFinite(line))
        ? (line ?? null)
        : readNumber(line, at.place, pointerOf(at), lineno),
    inApp:
      app === null || app === undefined || typeof app === 'boolean'
        ? (app ?? null)
        : readBoolean(app, at.place, pointerOf(at), inApp),
    platform: text(frame, 'platform', at) ?? platform,
    instructionAddr: text(frame, keyOf(frame, 'instructionAddr', 'instruction_addr'), at),
  };
}

const GROUP_KEYS = ['groupID', 'group_id'];
const DATE_KEYS = ['dateCreated', 'datetime', 'timestamp'];

function firstKey(event: JsonObject, keys: readonly string[]): string {
  for (const key of keys) if (event[key] !== undefined && event[key] !== null) return key;
  return keys[0];
}

/** An event's crash stack before its frames are read: the frame objects as in the payload. */
export interface CrashStackHead extends Omit<CrashStack, 'frames'> {
  /** The crash stack's frame objects as in the payload (null items left out), oldest call first. */
  rawFrames: readonly Record<string, unknown>[];
  /** Reads the frames as {@link readCrashStack} gives them (throws `transform.invalidEvent` on a wrong type). */
  readFrames(): CrashFrame[];
}

/** What both readers find: the event's fields, its crash stack and where that stack's frames are. */
function locate(event: unknown, { rawStacktraces = false, index = 0 }: ReadCrashStackOptions) {
  const place: EventPlace = { index, id: null };
  const object = readObject(event, place, '') ?? invalidEvent(place, '', undefined, 'an event object', event);
  place.id = eventIdOf(object, place);
  const parts = readEventParts(object, place, { stacksOnly: true });
  const platform = readString(object.platform, place, '', 'platform');
  const group = firstKey(object, GROUP_KEYS);
  const created = firstKey(object, DATE_KEYS);
  const stack = primaryStack(findStacks(parts, place, rawStacktraces));
  const at = stack?.source === 'exception' ? stack.position : null;
  const fields: Omit<CrashStack, 'frames'> = {
    eventId: place.id,
    groupId: readString(object[group], place, '', group),
    platform,
    type: readString(object.type, place, '', 'type'),
    dateCreated: readTimestamp(object[created], place, '', created),
    exceptionType: exceptionType(parts.exceptions, place, at),
    source: stack?.source ?? null,
    position: stack?.position ?? null,
  };
  return { fields, stack, place, platform };
}

/** Calls `each` with every non-null frame object of the stack, its index in the list and its depth. */
function eachFrame(
  stack: Stack | null,
  place: EventPlace,
  each: (frame: JsonObject, index: number, depth: number | null) => void,
): void {
  if (stack === null) return;
  let k = 0;
  for (let i = 0; i < stack.frames.length; i++) {
    const frame = readObject(stack.frames[i], place, stack.pointer, i);
    if (frame === null) continue;
    each(frame, i, stack.depthOffset === null ? null : stack.depthOffset + stack.count - 1 - k++);
  }
}

/**
 * {@link readCrashStack} without reading the frames: the event's fields and its crash stack's frame objects as
 * they are, for a caller that compares them with frames it has already read (a cache) and reads only new ones.
 * @param event a parsed event
 * @param options rawStacktraces (default `false`), index (default `0`)
 * @example
 * const head = findCrashStack(event);
 * const frames = cache.lookup(head.rawFrames) ?? head.readFrames();
 */
export function findCrashStack(event: unknown, options: ReadCrashStackOptions = {}): CrashStackHead {
  const { fields, stack, place, platform } = locate(event, options);
  const rawFrames: JsonObject[] = [];
  // every event goes through here: a plain loop (eachFrame's checks, without a callback)
  for (let i = 0; stack !== null && i < stack.frames.length; i++) {
    const frame = stack.frames[i];
    if (frame !== null && typeof frame === 'object' && !Array.isArray(frame))
      rawFrames.push(frame as JsonObject);
    else if (frame !== undefined && frame !== null) readObject(frame, place, stack.pointer, i);
  }
  const readFrames = () => {
    const frames: CrashFrame[] = [];
    eachFrame(stack, place, (frame, i, depth) =>
      frames.push(readFrame(frame, depth, { place, list: stack!.pointer, index: i }, platform)),
    );
    return frames;
  };
  return {
    eventId: fields.eventId,
    groupId: fields.groupId,
    platform: fields.platform,
    type: fields.type,
    dateCreated: fields.dateCreated,
    exceptionType: fields.exceptionType,
    source: fields.source,
    position: fields.position,
    rawFrames,
    readFrames,
  };
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
export function readCrashStack(event: unknown, options: ReadCrashStackOptions = {}): CrashStack {
  const { fields, stack, place, platform } = locate(event, options);
  const frames: CrashFrame[] = [];
  eachFrame(stack, place, (frame, i, depth) =>
    frames.push(readFrame(frame, depth, { place, list: stack!.pointer, index: i }, platform)),
  );
  return { ...fields, frames };
}
