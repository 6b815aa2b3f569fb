import { SentryOfflineError } from '@sentry-offline/schema';
import { FRAME_FIELDS, type FrameAggregate, type SignatureCell } from './frame-aggregate.js';

function minOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function addCounts(into: Map<string, number>, part: Map<string, number>): void {
  for (const [key, n] of part) into.set(key, (into.get(key) ?? 0) + n);
}

function addCell(into: SignatureCell, cell: SignatureCell): void {
  into.count += cell.count;
  for (const group of cell.groups) into.groups.add(group);
  into.first = minOrNull(into.first, cell.first);
  into.last = maxOrNull(into.last, cell.last);
  into.inAppFrames += cell.inAppFrames;
  into.frames += cell.frames;
  if (cell.example < into.example) into.example = cell.example;
}

const copyCell = (cell: SignatureCell): SignatureCell => ({ ...cell, groups: new Set(cell.groups) });

function assertCompatible(a: FrameAggregate, b: FrameAggregate): void {
  const same =
    a.version === b.version &&
    a.strategy === b.strategy &&
    a.options.depth === b.options.depth &&
    a.options.maxLength === b.options.maxLength &&
    JSON.stringify(a.by) === JSON.stringify(b.by);
  if (!same) {
    const describe = (s: FrameAggregate) =>
      `${s.strategy} depth ${s.options.depth} maxLength ${s.options.maxLength} by [${s.by.join(', ')}]`;
    throw new SentryOfflineError(
      'report.incompatibleAggregates',
      `cannot merge frame aggregates built differently: ${describe(a)} vs ${describe(b)}`,
      { details: { a: describe(a), b: describe(b) } },
    );
  }
}

/**
 * Adds a partial aggregate into an accumulator, which it changes (an aggregate you own, such as a running
 * total); `part` is not changed, and nothing of it is shared with `into` afterwards. The cost follows the size of
 * `part`, not of `into`, so folding hundreds of worker results stays cheap. The result is what
 * {@link mergeFrameAggregates} gives. Throws `report.incompatibleAggregates` like it.
 * @param into the accumulator (changed)
 * @param part an aggregate built with the same options
 * @example
 * const total = mergeFrameAggregates(parts[0], parts[1]); // a new aggregate, yours to change
 * for (const part of parts.slice(2)) addFrameAggregate(total, part);
 */
export function addFrameAggregate(into: FrameAggregate, part: FrameAggregate): void {
  assertCompatible(into, part);
  for (const [key, cell] of part.signatures) {
    const mine = into.signatures.get(key);
    if (mine) addCell(mine, cell);
    else into.signatures.set(key, copyCell(cell));
  }
  for (const [file, cell] of part.hotFiles) {
    const mine = into.hotFiles.get(file);
    if (mine === undefined) into.hotFiles.set(file, { ...cell });
    else {
      mine.events += cell.events;
      mine.frames += cell.frames;
      mine.weightMicros += cell.weightMicros;
    }
  }
  for (const [key, counts] of part.splits) {
    const mine = into.splits.get(key);
    if (mine === undefined) into.splits.set(key, new Map(counts));
    else addCounts(mine, counts);
  }
  for (const field of FRAME_FIELDS) {
    addCounts(into.crashSite[field], part.crashSite[field]);
    addCounts(into.anywhere[field], part.anywhere[field]);
  }
  into.events += part.events;
  for (const kind of ['none', 'system', 'app', 'mixed'] as const)
    into.stackKinds[kind] += part.stackKinds[kind];
}

/**
 * A shallow copy of `a`, ready for `addFrameAggregate(copy, b)`: its maps are new, and so is every cell that `b`
 * will change; the other cells stay shared with `a` (nothing changes them), which keeps a merge as cheap as `b`
 * plus the copying of `a`'s maps.
 */
function copyFor(a: FrameAggregate, b: FrameAggregate): FrameAggregate {
  const fields = (m: FrameAggregate['crashSite']) =>
    Object.fromEntries(FRAME_FIELDS.map((f) => [f, new Map(m[f])])) as FrameAggregate['crashSite'];
  const signatures = new Map(a.signatures);
  for (const key of b.signatures.keys()) {
    const cell = signatures.get(key);
    if (cell) signatures.set(key, copyCell(cell));
  }
  const hotFiles = new Map(a.hotFiles);
  for (const key of b.hotFiles.keys()) {
    const cell = hotFiles.get(key);
    if (cell) hotFiles.set(key, { ...cell });
  }
  const splits = new Map(a.splits);
  for (const key of b.splits.keys()) {
    const counts = splits.get(key);
    if (counts) splits.set(key, new Map(counts));
  }
  return {
    version: 1,
    strategy: a.strategy,
    options: { ...a.options },
    by: [...a.by],
    events: a.events,
    stackKinds: { ...a.stackKinds },
    signatures,
    crashSite: fields(a.crashSite),
    anywhere: fields(a.anywhere),
    hotFiles,
    splits,
  };
}

/**
 * Combines two frame aggregates into the aggregate of both inputs (neither is changed). Counts add, issue sets
 * unite, first/last seen take min/max, examples the smaller event id, so the result does not depend on how the
 * events were split. Throws `report.incompatibleAggregates` when strategy, depth, maxLength or `by` differ.
 * @param a an aggregate (from {@link aggregateFrames} or a merge)
 * @param b another, built with the same options
 * @example
 * const all = parts.reduce(mergeFrameAggregates);
 */
export function mergeFrameAggregates(a: FrameAggregate, b: FrameAggregate): FrameAggregate {
  assertCompatible(a, b);
  const out = copyFor(a, b);
  addFrameAggregate(out, b);
  return out;
}
