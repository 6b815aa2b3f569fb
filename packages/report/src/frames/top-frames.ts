import type { ColumnTable } from 'arquero';
import { aggregateFrames, type AggregateFramesOptions } from './aggregate/aggregate-frames.js';
import { FRAME_FIELDS, type FrameField } from './aggregate/frame-aggregate.js';
import { anywhereTable, frameCountTable } from './aggregate/frame-count-table.js';
import type { FrameInput } from './frame-input.js';

/** Options of {@link topFrames}. */
export interface TopFramesOptions extends Pick<AggregateFramesOptions, 'rules' | 'defaults'> {
  /** Values per field (default `20`). */
  top?: number;
  /** Which fields (default all: `function`, `module`, `file`, `package`). */
  fields?: readonly FrameField[];
  /** Rank by events with the value as the crash site, or anywhere in the stack (default `'crash-site'`). */
  rankBy?: 'crash-site' | 'anywhere';
}

/**
 * The most frequent functions, modules, files and packages of the crash stacks, counted two ways: as the crash site
 * (depth 0) and anywhere in the stack (once per event). Functions are normalised names; `package` falls back to the
 * library (npm package, Python top module) where the payload has none. Ranked by crash site, with an `other` row per
 * field, or by anywhere.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents`
 * @param options top (default `20`), fields (default all), rankBy (default `'crash-site'`), rules (default none),
 *   defaults (default `true`)
 * @example
 * topFrames(frames, { fields: ['function'], top: 10 }).print();
 */
export function topFrames(
  input: FrameInput,
  { top = 20, fields = FRAME_FIELDS, rankBy = 'crash-site', rules, defaults = true }: TopFramesOptions = {},
): ColumnTable {
  const state = aggregateFrames(input, { rules, defaults, strategy: 'top-frame' });
  return rankBy === 'anywhere' ? anywhereTable(state, top, fields) : frameCountTable(state, top, fields);
}
