import type { Shape, ShapePath, ShapeType } from './infer-shape.js';
import { SHAPE_ENUMS, type ShapeEnum } from './shape-enums.js';

/** A path found on one side only. */
export interface ShapePathChange {
  path: string;
  /** The types it held, and in how many payloads of its side. */
  types: Partial<Record<ShapeType, number>>;
  /** Payloads of its side that have the path. */
  payloads: number;
  /** Payloads on its side. */
  of: number;
}

/** A path on both sides that holds a type in the new payloads that it never held in the old ones. */
export interface ShapeTypeChange {
  path: string;
  /** Types on the old side, and in how many old payloads. */
  old: Partial<Record<ShapeType, number>>;
  /** Types on the new side, and in how many new payloads. */
  new: Partial<Record<ShapeType, number>>;
}

/** A vocabulary value (outcome, category, platform, …) seen on one side only. */
export interface ShapeEnumChange {
  /** The vocabulary: `outcome`, `category`, `platform`, … */
  name: string;
  path: string;
  value: string;
  /** `added`: only in the new payloads; `removed`: only in the old ones. */
  change: 'added' | 'removed';
  /** Payloads of its side that hold the value. */
  payloads: number;
  /** Payloads on its side. */
  of: number;
}

/** Shape drift between two sets of payloads. Empty lists mean no drift. */
export interface ShapeDrift {
  /** Paths only in the new payloads (a path under an added path is not listed again). */
  added: ShapePathChange[];
  /** Paths only in the old payloads (a path under a removed path is not listed again). */
  removed: ShapePathChange[];
  typeChanged: ShapeTypeChange[];
  enums: ShapeEnumChange[];
}

/** Options of {@link diffShapes}. */
export interface DiffShapesOptions {
  /** The vocabularies to compare (default `SHAPE_ENUMS` of the shapes' kind). */
  enums?: readonly ShapeEnum[];
}

function onlyIn(a: Shape, b: Shape): ShapePathChange[] {
  const out: ShapePathChange[] = [];
  const listed = new Set<string>();
  for (const path of Object.keys(a.paths)) {
    if (b.paths[path]) continue;
    const parent = path.slice(0, path.lastIndexOf('/'));
    listed.add(path);
    if (path !== '' && listed.has(parent)) continue;
    const node = a.paths[path];
    out.push({ path, types: { ...node.types }, payloads: node.payloads, of: a.payloads });
  }
  return out;
}

/** True when `after` held a type `before` never held (a type only lost, such as null, breaks no reader). */
function gainedType(before: ShapePath, after: ShapePath): boolean {
  return Object.keys(after.types).some((type) => !Object.hasOwn(before.types, type));
}

function enumValues(shape: Shape, e: ShapeEnum): Record<string, number> | undefined {
  const node = shape.paths[e.path];
  if (!node) return {};
  return e.of === 'keys' ? node.keys : node.values;
}

function enumChanges(old: Shape, next: Shape, enums: readonly ShapeEnum[]): ShapeEnumChange[] {
  const out: ShapeEnumChange[] = [];
  for (const e of enums) {
    const before = enumValues(old, e);
    const after = enumValues(next, e);
    if (!before || !after) continue;
    for (const value of Object.keys(after).sort()) {
      if (!Object.hasOwn(before, value))
        out.push({
          name: e.name,
          path: e.path,
          value,
          change: 'added',
          payloads: after[value],
          of: next.payloads,
        });
    }
    for (const value of Object.keys(before).sort()) {
      if (!Object.hasOwn(after, value))
        out.push({
          name: e.name,
          path: e.path,
          value,
          change: 'removed',
          payloads: before[value],
          of: old.payloads,
        });
    }
  }
  return out;
}

/**
 * Shape drift between two sets of payloads: paths added, removed, or holding a type they never held before (a type
 * only lost, such as a field no longer null, is not drift), with in how many payloads,
 * and values of the kind's vocabularies (outcomes, categories, reasons, event types, platforms, SDK names) that
 * appeared or vanished. A shape compared with itself gives no drift.
 * @param old the shape of the earlier (baseline) payloads, from `inferShape`
 * @param next the shape of the newer payloads
 * @param options enums (default `SHAPE_ENUMS` of the kind)
 * @example
 * const drift = diffShapes(inferShape(may), inferShape(june));
 * drift.added; // [{ path: '/groups/*\/totals/sum(times_seen)', types: { number: 2 }, payloads: 2, of: 2 }]
 */
export function diffShapes(old: Shape, next: Shape, { enums }: DiffShapesOptions = {}): ShapeDrift {
  const kind = next.kind ?? old.kind;
  const typeChanged: ShapeTypeChange[] = [];
  for (const path of Object.keys(next.paths)) {
    const before = old.paths[path];
    const after = next.paths[path];
    if (before && gainedType(before, after))
      typeChanged.push({ path, old: { ...before.types }, new: { ...after.types } });
  }
  return {
    added: onlyIn(next, old),
    removed: onlyIn(old, next),
    typeChanged,
    enums: enumChanges(old, next, enums ?? (kind ? (SHAPE_ENUMS[kind] ?? []) : [])),
  };
}
