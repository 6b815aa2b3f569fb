import { MAX_NESTING } from '../parse-text.js';
import { isShapeMap, itemPath, type ShapeMapRules } from '../shape-maps.js';
import type { ShapeExample, ShapePath, ShapeType } from '../infer-shape.js';

/** Distinct values and keys kept per path. */
const MAX_DISTINCT = 50;
const MAX_EXAMPLES = 3;
const TYPES: readonly ShapeType[] = ['object', 'array', 'string', 'number', 'boolean', 'null'];

/** In how many payloads something occurs: counted once per payload through the index of the last one. */
interface Tally {
  payloads: number;
  last: number;
}

function typeIndex(value: unknown): number {
  if (value === null) return 5;
  if (Array.isArray(value)) return 1;
  switch (typeof value) {
    case 'string':
      return 2;
    case 'number':
      return 3;
    case 'boolean':
      return 4;
    default:
      return 0;
  }
}

function tally(map: Map<string, Tally> | null, key: string, payload: number): Map<string, Tally> | null {
  if (map === null) return null;
  const t = map.get(key);
  if (!t) {
    if (map.size >= MAX_DISTINCT) return null;
    map.set(key, { payloads: 1, last: payload });
  } else if (t.last !== payload) {
    t.payloads++;
    t.last = payload;
  }
  return map;
}

function escape(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

function counts(map: Map<string, Tally>): Record<string, number> {
  // fromEntries, so that a key named "__proto__" is an own property like any other
  return Object.fromEntries([...map].map(([k, t]) => [k, t.payloads]));
}

/**
 * One path of a shape being inferred, and the paths under it: a tree walked once per value, so that a path's
 * string is built once, not once per value.
 */
export class ShapeAccumulator {
  readonly path: string;
  readonly name: string;
  private count = 0;
  private objects = 0;
  private arrays = 0;
  private map = false;
  private readonly payloads: Tally = { payloads: 0, last: -1 };
  private readonly types: Tally[] = TYPES.map(() => ({ payloads: 0, last: -1 }));
  private readonly examples: ShapeExample[] = [];
  private values: Map<string, Tally> | null = new Map();
  private keys: Map<string, Tally> | null = new Map();
  private readonly props = new Map<string, ShapeAccumulator>();
  private readonly items = new Map<string, ShapeAccumulator>();

  constructor(path: string, name: string) {
    this.path = path;
    this.name = name;
  }

  /** Adds one value seen at this path in payload number `payload`. */
  add(value: unknown, payload: number, rules: ShapeMapRules, depth = 0): void {
    this.count++;
    tallyOnce(this.payloads, payload);
    const type = typeIndex(value);
    tallyOnce(this.types[type], payload);
    // past MAX_NESTING levels (what parseText rejects) the types are kept, the contents are not walked
    if (type <= 1 && depth >= MAX_NESTING) return;
    if (type === 1) {
      this.arrays++;
      for (const item of value as unknown[]) {
        this.item(itemPath(this.path, this.name, item, rules)).add(item, payload, rules, depth + 1);
      }
    } else if (type === 0) {
      this.addObject(value as Record<string, unknown>, payload, rules, depth);
    } else {
      this.addPrimitive(value as ShapeExample, payload);
    }
  }

  private addObject(object: Record<string, unknown>, payload: number, rules: ShapeMapRules, depth: number) {
    this.objects++;
    if (isShapeMap(this.path, this.name, object, rules)) {
      this.map = true;
      const item = this.item(`${this.path}/*`);
      for (const key of Object.keys(object)) {
        this.keys = tally(this.keys, key, payload);
        item.add(object[key], payload, rules, depth + 1);
      }
      return;
    }
    for (const key of Object.keys(object)) {
      let prop = this.props.get(key);
      if (!prop) this.props.set(key, (prop = new ShapeAccumulator(`${this.path}/${escape(key)}`, key)));
      prop.add(object[key], payload, rules, depth + 1);
    }
  }

  private addPrimitive(value: ShapeExample, payload: number) {
    if (typeof value === 'string') this.values = tally(this.values, value, payload);
    const example = typeof value === 'string' && value.length > 60 ? `${value.slice(0, 57)}...` : value;
    if (this.examples.length < MAX_EXAMPLES && !this.examples.includes(example)) this.examples.push(example);
  }

  private item(path: string): ShapeAccumulator {
    let item = this.items.get(path);
    if (!item) this.items.set(path, (item = new ShapeAccumulator(path, '')));
    return item;
  }

  /** The finished paths of this tree, unsorted; `parents` is how many parents of this path were seen. */
  collect(parents: number, out: ShapePath[] = []): ShapePath[] {
    const node: ShapePath = {
      path: this.path,
      types: Object.fromEntries(
        TYPES.flatMap((t, i) => (this.types[i].payloads > 0 ? [[t, this.types[i].payloads]] : [])),
      ),
      payloads: this.payloads.payloads,
      count: this.count,
      parents,
      examples: [...this.examples],
    };
    if (this.map) node.map = true;
    if (this.values && this.values.size > 0) node.values = counts(this.values);
    if (this.map && this.keys && this.keys.size > 0) node.keys = counts(this.keys);
    out.push(node);
    for (const prop of this.props.values()) prop.collect(this.objects, out);
    for (const item of this.items.values()) item.collect(this.arrays + (this.map ? this.objects : 0), out);
    return out;
  }
}

function tallyOnce(t: Tally, payload: number): void {
  if (t.last !== payload) {
    t.payloads++;
    t.last = payload;
  }
}
