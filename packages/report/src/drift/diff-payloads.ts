import {
  detectKind,
  diffShapes,
  inferShape,
  SentryOfflineError,
  type PayloadKind,
  type ShapeDrift,
} from '@sentry-offline/schema';
import type { SignatureStrategy } from '../frames/strategies/signature-result.js';
import { diffDrops } from './diff-drops.js';
import { diffSignatures, type SignaturesDrift } from './diff-signatures.js';
import { diffTables, hasTableDrift, type TableDrift } from './diff-tables.js';
import { driftTables, type NamedPayload } from './drift-tables.js';
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

function kindOf(payloads: readonly NamedPayload[]): PayloadKind | null {
  const kinds = new Set(payloads.map((p) => detectKind(p.value).kind));
  return kinds.size === 1 ? [...kinds][0] : null;
}

function resolveKind(old: readonly NamedPayload[], next: readonly NamedPayload[], kind?: PayloadKind) {
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

interface NumberOptions {
  kind: PayloadKind;
  by?: readonly string[];
  tolerance?: Tolerance;
  top: number;
  strategy: SignatureStrategy;
}

/** Fills in the tables, drops and signatures of a report. */
function compareNumbers(
  report: DriftReport,
  a: readonly NamedPayload[],
  b: readonly NamedPayload[],
  { kind, by, tolerance, top, strategy }: NumberOptions,
): void {
  const notes = report.notes;
  const [ta, tb] = [driftTables(kind, a, by), driftTables(kind, b, by)];
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
  const resolved = resolveKind(old, next, kind);
  const shape = diffShapes(
    inferShape(
      old.map((p) => p.value),
      { kind: resolved },
    ),
    inferShape(
      next.map((p) => p.value),
      { kind: resolved },
    ),
  );
  const notes: string[] = [];
  const usable = (side: readonly NamedPayload[]) => side.filter((p) => !shapeOnly.includes(p.name));
  const [a, b] = [usable(old), usable(next)];
  const report: DriftReport = {
    kind: resolved,
    payloads: { old: old.length, new: next.length },
    shape,
    tables: [],
    drops: null,
    signatures: null,
    notes,
    drift: { shape: hasShapeDrift(shape), numbers: false },
  };
  if (resolved === null || a.length === 0 || b.length === 0) {
    notes.push(
      'numbers not compared: ' +
        (resolved === null ? 'the payloads are of no one kind' : 'a side has no valid payloads'),
    );
    return report;
  }
  compareNumbers(report, a, b, { kind: resolved, by, tolerance, top, strategy });
  return report;
}
