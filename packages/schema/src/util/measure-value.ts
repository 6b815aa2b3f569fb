/** What {@link measureValue} learnt about a parsed JSON value. */
export interface ValueMeasure {
  /** Object members in the value, counted over every object. */
  keys: number;
  /** The deepest nesting of objects and lists (a scalar is 0, `[]` is 1, `[[1]]` is 2). */
  depth: number;
  /** True when some number is an integer beyond ±(2^53 − 1): it may have been rounded when parsed. */
  unsafeIntegers: boolean;
  /** How many `:` characters the keys and string values hold (those of the text outside strings are key separators). */
  stringColons: number;
}

const hasOwn = Object.prototype.hasOwnProperty;

function colonsIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

/** Adds a scalar to the measure: the colons of a string, whether a number is an unsafe integer. */
function measureScalar(measure: ValueMeasure, value: unknown): void {
  if (typeof value === 'string') {
    if (value.includes(':')) measure.stringColons += colonsIn(value);
  } else if (
    !measure.unsafeIntegers &&
    typeof value === 'number' &&
    Number.isInteger(value) &&
    !Number.isSafeInteger(value)
  ) {
    measure.unsafeIntegers = true;
  }
}

/** Measures a container at `depth` and what it holds; true when it went past `limit` (the walk stops there). */
function measureContainer(measure: ValueMeasure, container: object, depth: number, limit: number): boolean {
  if (depth > measure.depth) measure.depth = depth;
  if (depth > limit) return true;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const child: unknown = container[i];
      if (child === null || typeof child !== 'object') measureScalar(measure, child);
      else if (measureContainer(measure, child, depth + 1, limit)) return true;
    }
    return false;
  }
  // for…in walks an object without allocating its key list; inherited members are skipped as Object.keys does
  for (const key in container) {
    if (!hasOwn.call(container, key)) continue;
    measure.keys++;
    if (key.includes(':')) measure.stringColons += colonsIn(key);
    const child: unknown = (container as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') measureScalar(measure, child);
    else if (measureContainer(measure, child, depth + 1, limit)) return true;
  }
  return false;
}

/**
 * Walks a parsed value and stops at the first object or list nested past `limit` levels (then only `depth` is
 * meaningful: it is `limit + 1`). The walk recurses, at most `limit + 1` calls deep, so `limit` must stay far
 * below the stack size (parseText passes `MAX_NESTING`, 512): 100,000 levels of nesting cannot overflow it.
 */
export function measureValue(value: unknown, limit: number): ValueMeasure {
  const measure: ValueMeasure = { keys: 0, depth: 0, unsafeIntegers: false, stringColons: 0 };
  if (value === null || typeof value !== 'object') measureScalar(measure, value);
  else measureContainer(measure, value, 1, limit);
  return measure;
}
