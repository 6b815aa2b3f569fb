import { detectKind } from './detect-kind.js';
import { MAX_NESTING } from './parse-text.js';
import { isShapeMap, itemPath, SHAPE_MAPS, type ShapeMapRules } from './shape-maps.js';
import type { PayloadKind } from './types.js';

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

/** Distinct values and keys kept per path. */
const MAX_DISTINCT = 50;
const MAX_EXAMPLES = 3;
const TYPE_ORDER: readonly ShapeType[] = ['object', 'array', 'string', 'number', 'boolean', 'null'];

interface Local {
  types: Set<ShapeType>;
  count: number;
  objects: number;
  arrays: number;
  map: boolean;
  values: Set<string>;
  keys: Set<string>;
  examples: ShapeExample[];
}

interface Global {
  node: ShapePath;
  objects: number;
  arrays: number;
  manyValues: boolean;
  manyKeys: boolean;
  values?: Map<string, number>;
  keys?: Map<string, number>;
}

function typeOf(value: unknown): ShapeType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'boolean' || t === 'number' || t === 'string' ? t : 'object';
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function localAt(locals: Map<string, Local>, path: string): Local {
  let local = locals.get(path);
  if (!local) {
    local = {
      types: new Set(),
      count: 0,
      objects: 0,
      arrays: 0,
      map: false,
      values: new Set(),
      keys: new Set(),
      examples: [],
    };
    locals.set(path, local);
  }
  return local;
}

function addPrimitive(local: Local, value: ShapeExample): void {
  if (typeof value === 'string') local.values.add(value);
  const example = typeof value === 'string' && value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (local.examples.length < MAX_EXAMPLES && !local.examples.includes(example)) local.examples.push(example);
}

function walk(
  value: unknown,
  path: string,
  name: string,
  locals: Map<string, Local>,
  rules: ShapeMapRules,
  depth = 0,
) {
  const local = localAt(locals, path);
  const type = typeOf(value);
  local.types.add(type);
  local.count++;
  // past MAX_NESTING levels (what parseText rejects) the types are kept, the contents are not walked
  if (depth >= MAX_NESTING && (type === 'array' || type === 'object')) return;
  if (type === 'array') {
    local.arrays++;
    for (const item of value as unknown[])
      walk(item, itemPath(path, name, item, rules), '', locals, rules, depth + 1);
  } else if (type === 'object') {
    local.objects++;
    const object = value as Record<string, unknown>;
    if (isShapeMap(path, name, object, rules)) {
      local.map = true;
      for (const [key, item] of Object.entries(object)) {
        local.keys.add(key);
        walk(item, `${path}/*`, '', locals, rules, depth + 1);
      }
    } else {
      for (const [key, item] of Object.entries(object))
        walk(item, `${path}/${escape(key)}`, key, locals, rules, depth + 1);
    }
  } else {
    addPrimitive(local, value as ShapeExample);
  }
}

function countInto(target: Map<string, number>, items: Set<string>): boolean {
  for (const item of items) target.set(item, (target.get(item) ?? 0) + 1);
  return target.size > MAX_DISTINCT;
}

function merge(globals: Map<string, Global>, path: string, local: Local): void {
  let global = globals.get(path);
  if (!global) {
    const node: ShapePath = { path, types: {}, payloads: 0, count: 0, parents: 0, examples: [] };
    global = { node, objects: 0, arrays: 0, manyValues: false, manyKeys: false };
    globals.set(path, global);
  }
  const { node } = global;
  node.payloads++;
  node.count += local.count;
  global.objects += local.objects;
  global.arrays += local.arrays;
  for (const type of local.types) node.types[type] = (node.types[type] ?? 0) + 1;
  if (local.map) node.map = true;
  for (const example of local.examples) {
    if (node.examples.length < MAX_EXAMPLES && !node.examples.includes(example)) node.examples.push(example);
  }
  if (local.values.size > 0 && !global.manyValues)
    global.manyValues = countInto((global.values ??= new Map()), local.values);
  if (local.keys.size > 0 && !global.manyKeys)
    global.manyKeys = countInto((global.keys ??= new Map()), local.keys);
}

function finish(globals: Map<string, Global>, payloads: number): Record<string, ShapePath> {
  const paths: Record<string, ShapePath> = {};
  for (const path of [...globals.keys()].sort()) {
    const global = globals.get(path)!;
    const { node } = global;
    if (path === '') node.parents = payloads;
    else {
      const cut = path.lastIndexOf('/');
      const parent = globals.get(path.slice(0, cut))!;
      node.parents =
        /^\*(\[|$)/.test(path.slice(cut + 1)) && (parent.arrays > 0 || parent.node.map)
          ? parent.arrays + (parent.node.map ? parent.objects : 0)
          : parent.objects;
    }
    node.types = Object.fromEntries(TYPE_ORDER.flatMap((t) => (node.types[t] ? [[t, node.types[t]]] : [])));
    // built with fromEntries, so that a key named "__proto__" is an own property like any other
    if (global.values && !global.manyValues) node.values = Object.fromEntries(global.values);
    if (global.keys && !global.manyKeys) node.keys = Object.fromEntries(global.keys);
    paths[path] = node;
  }
  return paths;
}

function commonKind(payloads: readonly unknown[]): PayloadKind | null {
  const kinds = new Set(payloads.map((p) => detectKind(p).kind));
  return kinds.size === 1 ? [...kinds][0] : null;
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
  const resolved = kind === undefined ? commonKind(payloads) : kind;
  const base = resolved ? SHAPE_MAPS[resolved] : undefined;
  const rules: ShapeMapRules = {
    names: base?.names ?? [],
    paths: [...(base?.paths ?? []), ...maps.map((path) => ({ path }))],
    tagged: base?.tagged,
  };
  const globals = new Map<string, Global>();
  for (const payload of payloads) {
    const locals = new Map<string, Local>();
    walk(payload, '', '', locals, rules);
    for (const [path, local] of locals) merge(globals, path, local);
  }
  return { kind: resolved, payloads: payloads.length, paths: finish(globals, payloads.length) };
}
