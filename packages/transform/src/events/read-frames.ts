import {
  keyOf,
  readBoolean,
  readNumber,
  readObject,
  readString,
  type EventPlace,
  type JsonObject,
} from './event-fields.js';
import type { EventParts } from './event-parts.js';
import type { FrameColumn } from './event-table-specs.js';
import { findStacks, type Stack } from './find-stacks.js';
import type { TableBuilder } from './table-builder.js';

/** Options of {@link readFrames}. */
export interface ReadFramesOptions {
  /** The event's platform, for frames that name none. */
  platform: string | null;
  /** Read `rawStacktrace` where present. */
  raw: boolean;
  /** Add the `vars` column. */
  personalData: boolean;
}

function pushFrame(
  frame: JsonObject,
  pointer: string,
  place: EventPlace,
  table: TableBuilder<FrameColumn>,
  { platform, personalData }: ReadFramesOptions,
): void {
  const str = (key: string) => readString(frame[key], place, pointer, key);
  const rawFunction = keyOf(frame, 'rawFunction', 'raw_function');
  const absPath = keyOf(frame, 'absPath', 'abs_path');
  const lineno = keyOf(frame, 'lineNo', 'lineno');
  const colno = keyOf(frame, 'colNo', 'colno');
  const inApp = keyOf(frame, 'inApp', 'in_app');
  const address = keyOf(frame, 'instructionAddr', 'instruction_addr');
  table.push('function', str('function'));
  table.push('raw_function', str(rawFunction));
  table.push('module', str('module'));
  table.push('package', str('package'));
  table.push('filename', str('filename'));
  table.push('abs_path', str(absPath));
  table.push('lineno', readNumber(frame[lineno], place, pointer, lineno));
  table.push('colno', readNumber(frame[colno], place, pointer, colno));
  table.push('in_app', readBoolean(frame[inApp], place, pointer, inApp));
  table.push('platform', str('platform') ?? platform);
  table.push('instruction_addr', str(address));
  table.push('symbol', str('symbol'));
  if (personalData) {
    const vars = frame.vars;
    table.push('vars', vars === undefined || vars === null ? null : JSON.stringify(vars));
  }
}

function pushStack(
  stack: Stack,
  place: EventPlace,
  table: TableBuilder<FrameColumn>,
  options: ReadFramesOptions,
) {
  const { frames, count, depthOffset } = stack;
  let k = 0;
  for (let i = 0; i < frames.length; i++) {
    const frame = readObject(frames[i], place, stack.pointer, i);
    if (frame === null) continue;
    table.push('event_id', place.id);
    table.push('source', stack.source);
    table.push('position', stack.position);
    table.push('frame_index', i);
    // the last frame is the most recent call: depth 0 on the crash path
    table.push('depth', depthOffset === null ? null : depthOffset + count - 1 - k);
    pushFrame(frame, `${stack.pointer}/${i}`, place, table, options);
    k++;
  }
}

/** Adds one row per frame of the event's exceptions, threads and standalone stacktrace. */
export function readFrames(
  parts: EventParts,
  place: EventPlace,
  table: TableBuilder<FrameColumn>,
  options: ReadFramesOptions,
): void {
  for (const stack of findStacks(parts, place, options.raw)) pushStack(stack, place, table, options);
}
