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

/** Adds a scalar to the measure: the colons of a string, whether a number is an unsafe integer. */
function measureScalar(measure: ValueMeasure, value: unknown): void {
  if (typeof value === 'string') {
    if (value.includes(':')) measure.stringColons += colonsIn(value);
  } else if (!measure.unsafeIntegers && isUnsafeInteger(value)) {
    measure.unsafeIntegers = true;
  }
}

/**
 * Walks a parsed value with an explicit stack (100,000 levels of nesting cannot overflow it) and stops
 * descending past `limit` levels.
 */
export function measureValue(value: unknown, limit = Infinity): ValueMeasure {
  const measure: ValueMeasure = { keys: 0, depth: 0, unsafeIntegers: false, stringColons: 0 };
  const containers: object[] = [];
  const depths: number[] = [];
  const visit = (child: unknown, depth: number) => {
    if (child !== null && typeof child === 'object') {
      containers.push(child);
      depths.push(depth);
    } else {
      measureScalar(measure, child);
    }
  };
  visit(value, 1);
  while (containers.length > 0) {
    const container = containers.pop() as object;
    const depth = depths.pop() as number;
    if (depth > measure.depth) measure.depth = depth;
    if (depth > limit) break;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) visit(container[i], depth + 1);
      continue;
    }
    const keys = Object.keys(container);
    measure.keys += keys.length;
    for (const key of keys) {
      if (key.includes(':')) measure.stringColons += colonsIn(key);
      visit((container as Record<string, unknown>)[key], depth + 1);
    }
  }
  return measure;
}
