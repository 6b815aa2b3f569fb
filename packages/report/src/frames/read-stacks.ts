import type { ColumnTable } from 'arquero';
import { columnValues } from '../util/column-values.js';
import { textOrNull } from '../util/text-or-null.js';
import type { EventStack } from './event-stack.js';
import { toFrameTables, type FrameInput } from './frame-input.js';
import { createFrameBuilder, type FrameRow } from './build-stack-frames.js';
import type { RulesInput } from './rules/resolve-rules.js';

/** Options of {@link readStacks}. */
export interface ReadStacksOptions {
  /** Stack-trace rules: text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
}

const SOURCE_RANK: Record<string, number> = { exception: 0, stacktrace: 1, thread: 2 };

function column(table: ColumnTable | null | undefined, name: string): ArrayLike<unknown> {
  const values = table ? columnValues(table, name) : null;
  return values ?? { length: 0 };
}

function better(source: string, position: number, bestSource: string, bestPosition: number): boolean {
  const a = SOURCE_RANK[source] ?? 3;
  const b = SOURCE_RANK[bestSource] ?? 3;
  if (a !== b) return a < b;
  return source === 'exception' ? position > bestPosition : position < bestPosition;
}

function exceptionTypes(table: ColumnTable | null | undefined): Map<string, Map<number, string | null>> {
  const out = new Map<string, Map<number, string | null>>();
  if (!table) return out;
  const ids = column(table, 'event_id');
  const positions = column(table, 'position');
  const types = column(table, 'type');
  for (let i = 0; i < ids.length; i++) {
    const id = String(ids[i]);
    let byPosition = out.get(id);
    if (!byPosition) out.set(id, (byPosition = new Map()));
    byPosition.set(Number(positions[i] ?? 0), textOrNull(types[i]));
  }
  return out;
}

function lastType(
  byPosition: Map<number, string | null> | undefined,
  position: number | null,
): string | null {
  if (!byPosition) return null;
  if (position !== null && byPosition.has(position)) return byPosition.get(position)!;
  let best = -Infinity;
  let type: string | null = null;
  for (const [p, t] of byPosition) if (p > best) [best, type] = [p, t];
  return type;
}

/** Row indices per event id, and the event ids in first-seen order (events and exceptions tables first). */
function groupRows(ids: ArrayLike<unknown>, firstIds: ArrayLike<unknown>[]) {
  const rowsByEvent = new Map<string, number[]>();
  const order: string[] = [];
  const rowsOf = (key: string): number[] => {
    let rows = rowsByEvent.get(key);
    if (!rows) {
      rowsByEvent.set(key, (rows = []));
      order.push(key);
    }
    return rows;
  };
  for (const list of firstIds) for (let i = 0; i < list.length; i++) rowsOf(String(list[i]));
  let last: string | null = null;
  let lastRows: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const key = String(ids[i]);
    if (key !== last) [last, lastRows] = [key, rowsOf(key)];
    lastRows.push(i);
  }
  return { rowsByEvent, order };
}

/** The (source, position) of the crash stack among an event's rows: the one holding depth 0, else by rank. */
function choosePrimary(
  rows: number[],
  sources: ArrayLike<unknown>,
  positions: ArrayLike<unknown>,
  depths: ArrayLike<unknown>,
): [string, number] {
  let bestSource = '';
  let bestPosition = 0;
  for (const row of rows) {
    const source = String(sources[row] ?? 'stacktrace');
    const position = Number(positions[row] ?? 0);
    if (depths[row] === 0) return [source, position];
    if (bestSource === '' || better(source, position, bestSource, bestPosition)) {
      bestSource = source;
      bestPosition = position;
    }
  }
  return [bestSource, bestPosition];
}

/**
 * Calls `callback` with each event's crash stack: the stack holding the crash site (`depth` 0: the last
 * exception of the chain, else the crashed thread; without depths, the last exception with frames, else the
 * standalone stacktrace, else the first thread), normalised, classified in-app or not, crash site
 * first. Events of the events or exceptions table that have no frames come with an empty stack; transactions
 * (events table `type` `transaction`) are left out: they are not errors.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents`
 * @param options rules (default none), defaults (default `true`)
 * @param callback receives one stack per event, in the order events first appear
 * @example
 * forEachStack(tidyEvents(events), {}, (stack) => console.log(stack.eventId, stack.frames[0]?.label));
 */
export function forEachStack(
  input: FrameInput,
  { rules, defaults = true }: ReadStacksOptions,
  callback: (stack: EventStack) => void,
): void {
  const { frames, exceptions, events } = toFrameTables(input);
  const ids = column(frames, 'event_id');
  const sources = column(frames, 'source');
  const positions = column(frames, 'position');
  const depths = column(frames, 'depth');
  const { rowsByEvent, order } = groupRows(ids, [column(events, 'event_id'), column(exceptions, 'event_id')]);
  const platformByEvent = new Map<string, string | null>();
  const eventIds = column(events, 'event_id');
  const eventPlatforms = column(events, 'platform');
  const eventTypes = column(events, 'type');
  const transactions = new Set<string>();
  for (let i = 0; i < eventIds.length; i++) {
    platformByEvent.set(String(eventIds[i]), textOrNull(eventPlatforms[i]));
    if (eventTypes[i] === 'transaction') transactions.add(String(eventIds[i]));
  }
  const types = exceptionTypes(exceptions);
  const build = createFrameBuilder(frames, { rules, defaults });
  for (const eventId of order) {
    if (transactions.has(eventId)) continue;
    const rows = rowsByEvent.get(eventId)!;
    const [bestSource, bestPosition] = choosePrimary(rows, sources, positions, depths);
    const primary: FrameRow[] = rows.filter(
      (row) =>
        String(sources[row] ?? 'stacktrace') === bestSource && Number(positions[row] ?? 0) === bestPosition,
    );
    callback({
      eventId,
      exceptionType: lastType(types.get(eventId), bestSource === 'exception' ? bestPosition : null),
      source: bestSource === '' ? null : bestSource,
      position: bestSource === '' ? null : bestPosition,
      frames: build(primary, platformByEvent.get(eventId) ?? null),
    });
  }
}

/**
 * Every event's crash stack, as {@link forEachStack} sees it, in an array.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents`
 * @param options rules (default none), defaults (default `true`)
 * @example
 * readStacks(frames)[0].frames[0].label; // the crash site's normalised name
 */
export function readStacks(input: FrameInput, options: ReadStacksOptions = {}): EventStack[] {
  const out: EventStack[] = [];
  forEachStack(input, options, (stack) => out.push(stack));
  return out;
}
