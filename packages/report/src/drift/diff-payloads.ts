import {
  createShapeInferrer,
  detectKind,
  diffShapes,
  SentryOfflineError,
  type PayloadKind,
  type Shape,
  type ShapeDrift,
} from '@sentry-offline/schema';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import { diffDrops } from './diff-drops.js';
import { diffSignatures, type SignaturesDrift } from './diff-signatures.js';
import { diffTables, hasTableDrift, type TableDrift } from './diff-tables.js';
import { driftTables, type DriftTables, type NamedPayload } from './drift-tables.js';
import { createEventDrift } from './event-drift.js';
import type { Tolerance } from './tolerance.js';

/** Options of {@link diffPayloads}. */
export interface DiffPayloadsOptions {
  /** The payloads' kind (default: detected; both sides must agree). */
  kind?: PayloadKind;
  /** Keys to add the numbers up by before comparing, e.g. `['category', 'outcome']` (default: each table's keys). */
  by?: readonly string[];
  /** How far numbers may move (default none: any change is drift). */
  tolerance?: Tolerance;
  /** Top signatures compared, for events (default `10`). */
  top?: number;
  /** Signature strategy, for events (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Payloads left out of the number comparison (invalid ones), by name: their shape still counts (default none). */
  shapeOnly?: readonly string[];
}

/** A compared table and its drift. */
export interface NamedTableDrift extends TableDrift {
  name: string;
}

/** Everything {@link diffPayloads} found. */
export interface DriftReport {
  kind: PayloadKind | null;
  payloads: { old: number; new: number };
  shape: ShapeDrift;
  tables: NamedTableDrift[];
  /** Drop rates per definition (usage stats only). */
  drops: TableDrift | null;
  /** Top signatures (events only). */
  signatures: SignaturesDrift | null;
  /** What could not be compared, and why. */
  notes: string[];
  /** Whether the shape and the numbers drifted beyond the tolerance. */
  drift: { shape: boolean; numbers: boolean };
}

/** The one kind of a side's payloads, or null when they are of several (or of none recognised). */
function kindOf(kinds: ReadonlySet<PayloadKind | null>): PayloadKind | null {
  return kinds.size === 1 ? [...kinds][0] : null;
}

/**
 * The kind two sets of payloads are compared as: `kind` when given, else the kind both agree on (null when a side
 * mixes kinds); sides of two different kinds throw `report.kindMismatch`.
 * @param old the kinds (`detectKind`) of the earlier payloads
 * @param next the kinds of the newer ones
 * @param kind the kind asked for (default: detected)
 * @example
 * resolveDriftKind(new Set(['stats-v2']), new Set(['stats-v2'])); // 'stats-v2'
 */
export function resolveDriftKind(
  old: ReadonlySet<PayloadKind | null>,
  next: ReadonlySet<PayloadKind | null>,
  kind?: PayloadKind,
): PayloadKind | null {
  if (kind) return kind;
  const [a, b] = [kindOf(old), kindOf(next)];
  if (a !== null && b !== null && a !== b) {
    throw new SentryOfflineError(
      'report.kindMismatch',
      `the old payloads are ${a}, the new ones ${b}: compare payloads of one kind`,
      {
        details: { old: a, new: b },
      },
    );
  }
  return a ?? b;
}

function hasShapeDrift(shape: ShapeDrift): boolean {
  return shape.added.length + shape.removed.length + shape.typeChanged.length + shape.enums.length > 0;
}

/** Options of {@link createDriftSide}. */
export interface DriftSideOptions {
  /** Keys to add the numbers up by (default: each table's keys). */
  by?: readonly string[];
  /** Signature strategy, for events (default `'sentry'`). */
  strategy?: SignatureStrategy;
}

/** One side of a drift report as it was folded: what {@link diffDriftSides} compares. */
export interface DriftSideResult {
  kind: PayloadKind | null;
  shape: Shape;
  /** Payloads added, and those of them compared for their numbers (not shape-only). */
  payloads: number;
  compared: number;
  /** The tables compared (null when the side has no kind). */
  tables: DriftTables | null;
}

/** One side of a drift report, folded a payload at a time. */
export interface DriftSide {
  /** Adds a payload: to the shape, and, unless `shapeOnly` (an invalid payload), to the numbers. */
  add(payload: NamedPayload, options?: { shapeOnly?: boolean }): void;
  finish(): DriftSideResult;
}

/**
 * Creates one side of a drift report, for payloads read one at a time: its shape (`createShapeInferrer` with the
 * kind's map rules) and the tables to compare. Events are folded as they come (the events table's rows and a
 * frame aggregate: never the events or their other tables), so an export of any size can be compared; payloads of
 * other kinds (usage stats, lists: small) are kept and tidied at the end.
 * @param kind the kind both sides are compared as (`resolveDriftKind`); null: shape only
 * @param options by (default each table's keys), strategy (default `'sentry'`)
 * @example
 * const side = createDriftSide('event', { strategy: 'sentry' });
 * for (const line of lines) side.add({ name: 'june.ndjson', value: JSON.parse(line) });
 * const june = side.finish();
 */
export function createDriftSide(
  kind: PayloadKind | null,
  { by, strategy = 'sentry' }: DriftSideOptions = {},
): DriftSide {
  const shape = createShapeInferrer({ kind });
  const events = kind === 'event' || kind === 'raw-event' ? createEventDrift(strategy) : null;
  const kept: NamedPayload[] = [];
  let payloads = 0;
  let compared = 0;
  return {
    add(payload, { shapeOnly = false } = {}) {
      shape.add(payload.value);
      payloads++;
      if (shapeOnly || kind === null) return;
      compared++;
      if (events) events.add(payload.value);
      else kept.push(payload);
    },
    finish() {
      const tables =
        kind === null
          ? null
          : events && compared > 0
            ? events.finish(by)
            : driftTables(kind, kept, by, strategy);
      return { kind, shape: shape.finish(), payloads, compared, tables };
    },
  };
}

/** Fills in the tables, drops and signatures of a report. */
function compareNumbers(
  report: DriftReport,
  ta: DriftTables,
  tb: DriftTables,
  { tolerance, top, strategy }: { tolerance?: Tolerance; top: number; strategy: SignatureStrategy },
): void {
  const notes = report.notes;
  ta.tables.forEach((t, i) => {
    const u = tb.tables[i];
    const shared = (name: string) =>
      t.table.columnNames().includes(name) && u.table.columnNames().includes(name);
    const values = [...new Set([...(t.values ?? []), ...(u.values ?? [])])];
    const lost = values.filter((v) => !shared(v));
    if (lost.length > 0) notes.push(`${t.name}: ${lost.join(', ')} not compared: only one side has it`);
    const options = { keys: t.keys, values: t.values && values.filter(shared), tolerance };
    report.tables.push({ name: t.name, ...diffTables(t.table, u.table, options) });
  });
  if (ta.stats && tb.stats) {
    const drops = diffDrops(ta.stats, tb.stats, { tolerance });
    if (drops.ok) report.drops = drops.drift;
    else notes.push(`drop rates not compared: ${drops.reason}`);
  }
  if (ta.events && tb.events)
    report.signatures = diffSignatures(ta.events, tb.events, { top, tolerance, strategy });
  report.drift.numbers =
    report.tables.some(hasTableDrift) ||
    (report.drops !== null && hasTableDrift(report.drops)) ||
    (report.signatures !== null && report.signatures.moved.length > 0);
}

/**
 * Compares two folded sides ({@link createDriftSide}, of one kind): shape drift, and number drift when both sides
 * have payloads compared for their numbers. `diffPayloads` is this over two arrays of payloads.
 * @param old the earlier side
 * @param next the newer side
 * @param options tolerance (default none), top (default `10`), strategy (default `'sentry'`: the sides' own)
 * @example
 * const report = diffDriftSides(may.finish(), june.finish(), { tolerance: { relative: 0.05 } });
 */
export function diffDriftSides(
  old: DriftSideResult,
  next: DriftSideResult,
  {
    tolerance,
    top = 10,
    strategy = 'sentry',
  }: Pick<DiffPayloadsOptions, 'tolerance' | 'top' | 'strategy'> = {},
): DriftReport {
  const shape = diffShapes(old.shape, next.shape);
  const notes: string[] = [];
  const report: DriftReport = {
    kind: old.kind,
    payloads: { old: old.payloads, new: next.payloads },
    shape,
    tables: [],
    drops: null,
    signatures: null,
    notes,
    drift: { shape: hasShapeDrift(shape), numbers: false },
  };
  if (
    old.kind === null ||
    old.tables === null ||
    next.tables === null ||
    old.compared === 0 ||
    next.compared === 0
  ) {
    notes.push(
      'numbers not compared: ' +
        (old.kind === null ? 'the payloads are of no one kind' : 'a side has no valid payloads'),
    );
    return report;
  }
  compareNumbers(report, old.tables, next.tables, { tolerance, top, strategy });
  return report;
}

/**
 * Compares two sets of saved payloads of one kind: shape drift (paths added, removed or retyped, vocabulary values
 * that appeared or vanished) from `inferShape`, and number drift from their tidy tables compared on their keys,
 * plus drop rates per definition for usage stats and top signatures for events. A set compared with itself has no
 * drift.
 * @param old the earlier (baseline) payloads
 * @param next the newer payloads
 * @param options kind (default detected), by (default each table's keys), tolerance (default none), top (default
 *   `10`), strategy (default `'sentry'`), shapeOnly (default none)
 * @example
 * const report = diffPayloads([{ name: 'may.json', value: may }], [{ name: 'june.json', value: june }], {
 *   tolerance: { relative: 0.05 },
 * });
 * report.drift; // { shape: false, numbers: true }
 */
export function diffPayloads(
  old: readonly NamedPayload[],
  next: readonly NamedPayload[],
  { kind, by, tolerance, top = 10, strategy = 'sentry', shapeOnly = [] }: DiffPayloadsOptions = {},
): DriftReport {
  const kinds = (side: readonly NamedPayload[]) => new Set(side.map((p) => detectKind(p.value).kind));
  const resolved = resolveDriftKind(kinds(old), kinds(next), kind);
  const [a, b] = [old, next].map((payloads) => {
    const side = createDriftSide(resolved, { by, strategy });
    for (const payload of payloads) side.add(payload, { shapeOnly: shapeOnly.includes(payload.name) });
    return side.finish();
  });
  return diffDriftSides(a, b, { tolerance, top, strategy });
}
