/** What {@link measureValue} learnt about a parsed JSON value, without recursion. */
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

function colonsIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

const isUnsafeInteger = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v);

/**
 * Walks a parsed value with an explicit stack (100,000 levels of nesting cannot overflow it) and stops
 * descending past `limit` levels.
 */
export function measureValue(value: unknown, limit = Infinity): ValueMeasure {
  const measure: ValueMeasure = {
    keys: 0,
    depth: 0,
    unsafeIntegers: isUnsafeInteger(value),
    stringColons: typeof value === 'string' ? colonsIn(value) : 0,
  };
  const containers: object[] = value !== null && typeof value === 'object' ? [value] : [];
  const depths: number[] = [1];
  while (containers.length > 0) {
    const container = containers.pop() as object;
    const depth = depths.pop() as number;
    if (depth > measure.depth) measure.depth = depth;
    if (depth > limit) break;
    const isList = Array.isArray(container);
    const children = isList ? container : Object.values(container);
    if (!isList) {
      measure.keys += children.length;
      for (const key of Object.keys(container)) if (key.includes(':')) measure.stringColons += colonsIn(key);
    }
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        containers.push(child);
        depths.push(depth + 1);
      } else if (typeof child === 'string') {
        if (child.includes(':')) measure.stringColons += colonsIn(child);
      } else if (!measure.unsafeIntegers && isUnsafeInteger(child)) {
        measure.unsafeIntegers = true;
      }
    }
  }
  return measure;
}
