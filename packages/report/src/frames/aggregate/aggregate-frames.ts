import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { columnValues } from '../../util/column-values.js';
import { epochMs } from '../../util/epoch-ms.js';
import { textOrNull } from '../../util/text-or-null.js';
import type { EventStack, StackFrame } from '../event-stack.js';
import { toFrameTables, type FrameInput } from '../frame-input.js';
import { forEachStack } from '../read-stacks.js';
import type { RulesInput } from '../rules/resolve-rules.js';
import { assertStrategy } from '../signatures.js';
import { signStack } from '../strategies/sign-stack.js';
import type { SignatureStrategy, StrategyOptions } from '../strategies/signature-result.js';
import {
  emptyFrameAggregate,
  FRAME_FIELDS,
  type FrameAggregate,
  type FrameField,
} from './frame-aggregate.js';

/** Options of {@link aggregateFrames}. */
export interface AggregateFramesOptions extends StrategyOptions {
  /** Signature strategy (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
  /** Event columns to split signature counts by, e.g. `['release', 'os']` (default none); `sdk` means `sdk_name`. */
  by?: readonly string[];
}

function bump(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function fieldValue(frame: StackFrame, field: FrameField): string | null {
  switch (field) {
    case 'function':
      return frame.function === null ? null : frame.label;
    case 'module':
      return frame.module;
    case 'file':
      return frame.filename ?? frame.absPath;
    default:
      return frame.package ?? frame.library;
  }
}

function eventLookup(events: ColumnTable | null | undefined, by: readonly string[]) {
  const have = events ? events.columnNames() : [];
  const missing = by.find((b) => !have.includes(b));
  if (missing !== undefined) {
    throw new SentryOfflineError(
      'report.unknownColumn',
      events
        ? `by: the events table has no column "${missing}" (have: ${have.join(', ')})`
        : `by: "${missing}" needs the events table: pass { frames, events } from tidyEvents`,
      { details: { column: missing } },
    );
  }
  const rows = new Map<string, number>();
  const ids = events ? columnValues(events, 'event_id') : null;
  for (let i = 0; ids && i < ids.length; i++) rows.set(String(ids[i]), i);
  const col = (name: string) => (events ? columnValues(events, name) : null);
  return { rows, groups: col('group_id'), dates: col('date_created'), dims: by.map(col) };
}

function addFrames(state: FrameAggregate, stack: EventStack): void {
  const frames = stack.frames;
  if (frames.length === 0) return void state.stackKinds.none++;
  const inApp = frames.reduce((n, f) => n + (f.inApp ? 1 : 0), 0);
  state.stackKinds[inApp === 0 ? 'system' : inApp === frames.length ? 'app' : 'mixed']++;
  for (const field of FRAME_FIELDS) {
    const crash = fieldValue(frames[0], field);
    if (crash !== null) bump(state.crashSite[field], crash);
    const seen = new Set<string>();
    for (const frame of frames) {
      const value = fieldValue(frame, field);
      if (value !== null) seen.add(value);
    }
    for (const value of seen) bump(state.anywhere[field], value);
  }
  addHotFiles(state, frames);
}

function addHotFiles(state: FrameAggregate, frames: StackFrame[]): void {
  const files = new Map<string, { frames: number; weightMicros: number }>();
  let rank = 0;
  for (const frame of frames) {
    if (!frame.inApp) continue;
    const file = frame.filename ?? frame.absPath;
    if (file !== null) {
      const cell = files.get(file) ?? { frames: 0, weightMicros: 0 };
      cell.frames++;
      cell.weightMicros += Math.round(1e6 / (1 + rank));
      files.set(file, cell);
    }
    rank++;
  }
  for (const [file, { frames: n, weightMicros }] of files) {
    const cell = state.hotFiles.get(file) ?? { events: 0, frames: 0, weightMicros: 0 };
    state.hotFiles.set(file, {
      events: cell.events + 1,
      frames: cell.frames + n,
      weightMicros: cell.weightMicros + weightMicros,
    });
  }
}

/**
 * Folds events into a mergeable frame aggregate: signature counts (with issues, first/last seen and in-app ratio),
 * crash-site and anywhere-in-stack counts of functions, modules, files and packages, stack kinds, hot files, and
 * splits by event columns. Aggregates of two halves merged with {@link mergeFrameAggregates} equal the aggregate
 * of the whole.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents` (events give issues,
 *   dates and split values)
 * @param options strategy (default `'sentry'`), rules (default none), defaults (default `true`), by (default none),
 *   depth (default `5`), maxLength (default `255`)
 * @example
 * const state = mergeFrameAggregates(aggregateFrames(firstHalf), aggregateFrames(secondHalf));
 * finishFrameAggregate(state, { top: 10 }).signatures.print();
 */
export function aggregateFrames(
  input: FrameInput,
  {
    strategy = 'sentry',
    rules,
    defaults = true,
    by = [],
    depth = 5,
    maxLength = 255,
  }: AggregateFramesOptions = {},
): FrameAggregate {
  assertStrategy(strategy);
  const dims = by.map((d) => (d === 'sdk' ? 'sdk_name' : d));
  const state = emptyFrameAggregate(strategy, { depth, maxLength }, dims);
  const lookup = eventLookup(toFrameTables(input).events, dims);
  forEachStack(input, { rules, defaults }, (stack) => {
    state.events++;
    const row = lookup.rows.get(stack.eventId);
    const at = (values: ArrayLike<unknown> | null) =>
      row === undefined || values === null ? null : values[row];
    const { signature } = signStack(stack, strategy, { depth, maxLength, notes: false });
    const cell = state.signatures.get(signature) ?? {
      count: 0,
      groups: new Set<string>(),
      first: null,
      last: null,
      inAppFrames: 0,
      frames: 0,
      example: stack.eventId,
    };
    cell.count++;
    const group = textOrNull(at(lookup.groups));
    if (group !== null) cell.groups.add(group);
    const date = epochMs(at(lookup.dates));
    if (date !== null) {
      cell.first = cell.first === null ? date : Math.min(cell.first, date);
      cell.last = cell.last === null ? date : Math.max(cell.last, date);
    }
    cell.frames += stack.frames.length;
    cell.inAppFrames += stack.frames.reduce((n, f) => n + (f.inApp ? 1 : 0), 0);
    if (stack.eventId < cell.example) cell.example = stack.eventId;
    state.signatures.set(signature, cell);
    if (dims.length > 0) {
      const key = JSON.stringify(lookup.dims.map((values) => textOrNull(at(values))));
      let split = state.splits.get(key);
      if (!split) state.splits.set(key, (split = new Map()));
      bump(split, signature);
    }
    addFrames(state, stack);
  });
  return state;
}
