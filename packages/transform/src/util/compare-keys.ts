type Key = string | number | null;

/** Orders key values: null first, then numbers ascending, then text by code unit. */
export function compareKey(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}

/** Orders tuples of key values left to right with {@link compareKey}. */
export function compareKeys(a: readonly Key[], b: readonly Key[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareKey(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}
