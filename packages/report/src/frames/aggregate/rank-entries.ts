/** Entries sorted by count descending, then key ascending: one order whatever order they were counted in. */
export function rankEntries<T>(entries: Iterable<[string, T]>, count: (value: T) => number): [string, T][] {
  return [...entries].sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
