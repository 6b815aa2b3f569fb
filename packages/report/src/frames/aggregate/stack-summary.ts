import { textOrNull } from '../../util/text-or-null.js';
import type { EventStack, StackFrame } from '../event-stack.js';
import { signStack } from '../strategies/sign-stack.js';
import type { SignatureStrategy, StrategyOptions } from '../strategies/signature-result.js';
import { emptySignatureCell, FRAME_FIELDS, type FrameAggregate, type FrameField } from './frame-aggregate.js';

/** What one crash stack adds to a frame aggregate, worked out once and applied to every event that has it. */
export interface StackSummary {
  signature: string;
  frames: number;
  inAppFrames: number;
  kind: 'none' | 'system' | 'app' | 'mixed';
  /** Per field (FRAME_FIELDS order), the crash site's value. */
  crash: (string | null)[];
  /** Per field, the distinct values anywhere in the stack. */
  anywhere: string[][];
  /** In-app files: [file, frames, weight in millionths]. */
  hotFiles: [string, number, number][];
}

/** The value of a frame that top-frame lists count for a field. */
export function fieldValue(frame: StackFrame, field: FrameField): string | null {
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

function hotFiles(frames: StackFrame[]): [string, number, number][] {
  const files = new Map<string, [string, number, number]>();
  let rank = 0;
  for (const frame of frames) {
    if (!frame.inApp) continue;
    const file = frame.filename ?? frame.absPath;
    if (file !== null) {
      const cell = files.get(file) ?? [file, 0, 0];
      cell[1]++;
      cell[2] += Math.round(1e6 / (1 + rank));
      files.set(file, cell);
    }
    rank++;
  }
  return [...files.values()];
}

/** Works out what a stack adds to an aggregate: its signature, stack kind, field values and hot files. */
export function summariseStack(
  stack: EventStack,
  strategy: SignatureStrategy,
  options: Required<StrategyOptions>,
): StackSummary {
  const { frames } = stack;
  const inAppFrames = frames.reduce((n, f) => n + (f.inApp ? 1 : 0), 0);
  const kind =
    frames.length === 0
      ? 'none'
      : inAppFrames === 0
        ? 'system'
        : inAppFrames === frames.length
          ? 'app'
          : 'mixed';
  return {
    signature: signStack(stack, strategy, { ...options, notes: false }).signature,
    frames: frames.length,
    inAppFrames,
    kind,
    crash: FRAME_FIELDS.map((field) => (frames.length === 0 ? null : fieldValue(frames[0], field))),
    anywhere: FRAME_FIELDS.map((field) => {
      const seen = new Set<string>();
      for (const frame of frames) {
        const value = fieldValue(frame, field);
        if (value !== null) seen.add(value);
      }
      return [...seen];
    }),
    hotFiles: hotFiles(frames),
  };
}

function bump(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Adds one event with this stack to its signature's cell: count, issue, first/last seen, in-app ratio, example. */
export function addToSignature(
  state: FrameAggregate,
  summary: StackSummary,
  event: { eventId: string; group: string | null; date: number | null },
): void {
  let cell = state.signatures.get(summary.signature);
  if (cell === undefined) {
    cell = emptySignatureCell(event.eventId);
    state.signatures.set(summary.signature, cell);
  }
  cell.count++;
  if (event.group !== null) cell.groups.add(event.group);
  if (event.date !== null) {
    cell.first = cell.first === null ? event.date : Math.min(cell.first, event.date);
    cell.last = cell.last === null ? event.date : Math.max(cell.last, event.date);
  }
  cell.frames += summary.frames;
  cell.inAppFrames += summary.inAppFrames;
  if (event.eventId < cell.example) cell.example = event.eventId;
}

/** Adds `events` events with this stack to the stack kinds, field counts and hot files (not to signatures). */
export function applyStackSummary(state: FrameAggregate, summary: StackSummary, events: number): void {
  if (events === 0) return;
  state.stackKinds[summary.kind] += events;
  if (summary.kind === 'none') return;
  FRAME_FIELDS.forEach((field, i) => {
    const crash = summary.crash[i];
    if (crash !== null) bump(state.crashSite[field], crash, events);
    for (const value of summary.anywhere[i]) bump(state.anywhere[field], value, events);
  });
  for (const [file, frames, weightMicros] of summary.hotFiles) {
    const hot = state.hotFiles.get(file);
    if (hot === undefined)
      state.hotFiles.set(file, { events, frames: frames * events, weightMicros: weightMicros * events });
    else {
      hot.events += events;
      hot.frames += frames * events;
      hot.weightMicros += weightMicros * events;
    }
  }
}

/** Counts one event of a signature in its split: `values` are the event's values of the aggregate's `by` columns. */
export function addToSplit(state: FrameAggregate, values: readonly unknown[], signature: string): void {
  const key = JSON.stringify(values.map(textOrNull));
  let split = state.splits.get(key);
  if (!split) state.splits.set(key, (split = new Map()));
  split.set(signature, (split.get(signature) ?? 0) + 1);
}
