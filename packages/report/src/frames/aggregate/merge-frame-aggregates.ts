import { SentryOfflineError } from '@sentry-offline/schema';
import { FRAME_FIELDS, type FrameAggregate, type SignatureCell } from './frame-aggregate.js';

function minOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function addCounts(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [key, n] of b) out.set(key, (out.get(key) ?? 0) + n);
  return out;
}

function mergeCell(a: SignatureCell, b: SignatureCell): SignatureCell {
  return {
    count: a.count + b.count,
    groups: new Set([...a.groups, ...b.groups]),
    first: minOrNull(a.first, b.first),
    last: maxOrNull(a.last, b.last),
    inAppFrames: a.inAppFrames + b.inAppFrames,
    frames: a.frames + b.frames,
    example: a.example < b.example ? a.example : b.example,
  };
}

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
  const signatures = new Map(a.signatures);
  for (const [key, cell] of b.signatures) {
    const mine = signatures.get(key);
    signatures.set(key, mine ? mergeCell(mine, cell) : { ...cell, groups: new Set(cell.groups) });
  }
  const hotFiles = new Map(a.hotFiles);
  for (const [file, cell] of b.hotFiles) {
    const mine = hotFiles.get(file);
    hotFiles.set(
      file,
      mine
        ? {
            events: mine.events + cell.events,
            frames: mine.frames + cell.frames,
            weightMicros: mine.weightMicros + cell.weightMicros,
          }
        : { ...cell },
    );
  }
  const splits = new Map(a.splits);
  for (const [key, counts] of b.splits) splits.set(key, addCounts(splits.get(key) ?? new Map(), counts));
  const crashSite = { ...a.crashSite };
  const anywhere = { ...a.anywhere };
  for (const field of FRAME_FIELDS) {
    crashSite[field] = addCounts(a.crashSite[field], b.crashSite[field]);
    anywhere[field] = addCounts(a.anywhere[field], b.anywhere[field]);
  }
  return {
    version: 1,
    strategy: a.strategy,
    options: { ...a.options },
    by: [...a.by],
    events: a.events + b.events,
    stackKinds: {
      none: a.stackKinds.none + b.stackKinds.none,
      system: a.stackKinds.system + b.stackKinds.system,
      app: a.stackKinds.app + b.stackKinds.app,
      mixed: a.stackKinds.mixed + b.stackKinds.mixed,
    },
    signatures,
    crashSite,
    anywhere,
    hotFiles,
    splits,
  };
}
