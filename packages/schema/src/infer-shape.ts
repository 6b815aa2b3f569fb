import { detectKind } from './detect-kind.js';
import { SHAPE_MAPS, type ShapeMapRules } from './shape-maps.js';
import type { PayloadKind } from './types.js';
import { ShapeAccumulator } from './util/shape-accumulator.js';

/** A JSON type as a shape records it; integers and fractions are both `number`. */
export type ShapeType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** A primitive example value (strings cut to 60 characters). */
export type ShapeExample = string | number | boolean | null;

/** One path of a {@link Shape}: which types it held, how often, and a few examples. */
export interface ShapePath {
  /** JSON Pointer with `*` for array items and map values: `/groups/*\/totals/sum(quantity)`. */
  path: string;
  /** In how many payloads the path held each type. */
  types: Partial<Record<ShapeType, number>>;
  /** In how many payloads the path is present. */
  payloads: number;
  /** How many values the path held over all payloads (once per parent object for a property). */
  count: number;
  /** How many parents were seen: objects holding the property, or arrays and maps holding `*` items. */
  parents: number;
  /** True for an object whose keys are data: its values are described at `<path>/*`, its keys in `keys`. */
  map?: true;
  /** Up to 3 distinct primitive values, in the order first seen. */
  examples: ShapeExample[];
  /** Distinct strings and in how many payloads each occurs; absent past 50 distinct values. */
  values?: Record<string, number>;
  /** A map's keys and in how many payloads each occurs; absent past 50 distinct keys. */
  keys?: Record<string, number>;
}

/** What {@link inferShape} learnt from a set of payloads: every path, sorted. */
export interface Shape {
  /** The kind of the payloads when they all agree, otherwise null. */
  kind: PayloadKind | null;
  payloads: number;
  paths: Record<string, ShapePath>;
}

/** Options of {@link inferShape}. */
export interface InferShapeOptions {
  /** Use this kind's map rules (default: detected, when every payload has the same kind). */
  kind?: PayloadKind | null;
  /** Further paths (with `*`) whose objects are maps (default none). */
  maps?: readonly string[];
}

function commonKind(payloads: readonly unknown[]): PayloadKind | null {
  const kinds = new Set(payloads.map((p) => detectKind(p).kind));
  return kinds.size === 1 ? [...kinds][0] : null;
}

/** An incremental {@link inferShape}: payloads added one at a time, never held. */
export interface ShapeInferrer {
  add(payload: unknown): void;
  /** The shape of the payloads added so far. */
  finish(): Shape;
}

/**
 * Creates an incremental {@link inferShape}, for payloads read one at a time (millions of events). The map rules
 * depend on the kind, so it is given up front (`null`: no kind's rules); the result equals `inferShape` of the same
 * payloads, in the same order, with that kind.
 * @param options kind (default `null`), maps (default none)
 * @example
 * const shape = createShapeInferrer({ kind: 'event' });
 * for (const line of lines) shape.add(JSON.parse(line));
 * shape.finish().paths['/platform'].values;
 */
export function createShapeInferrer({
  kind = null,
  maps = [],
}: { kind?: PayloadKind | null; maps?: readonly string[] } = {}): ShapeInferrer {
  const base = kind ? SHAPE_MAPS[kind] : undefined;
  const rules: ShapeMapRules = {
    names: base?.names ?? [],
    paths: [...(base?.paths ?? []), ...maps.map((path) => ({ path }))],
    tagged: base?.tagged,
  };
  const root = new ShapeAccumulator('', '');
  let count = 0;
  return {
    add(payload) {
      root.add(payload, count++, rules);
    },
    finish() {
      const nodes = count === 0 ? [] : root.collect(count);
      nodes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      return { kind, payloads: count, paths: Object.fromEntries(nodes.map((n) => [n.path, n])) };
    },
  };
}

/**
 * Infers the shape of a set of payloads: every JSON path (`*` for array items, and for the values of objects whose
 * keys are data, see `SHAPE_MAPS`), the types it held, in how many payloads and parents it is present, a few
 * example values, and the distinct strings (for enum drift). Never mutates the payloads.
 * @param payloads parsed payloads, usually of one kind
 * @param options kind (default detected when all agree), maps (default none)
 * @example
 * const shape = inferShape([may, june]);
 * shape.paths['/groups/*\/by/outcome'].values; // { accepted: 2, filtered: 2, rate_limited: 1 }
 */
export function inferShape(payloads: readonly unknown[], { kind, maps = [] }: InferShapeOptions = {}): Shape {
  const inferrer = createShapeInferrer({ kind: kind === undefined ? commonKind(payloads) : kind, maps });
  for (const payload of payloads) inferrer.add(payload);
  return inferrer.finish();
}
