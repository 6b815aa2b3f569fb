const KNOWN: Record<string, string> = { 'sum(quantity)': 'quantity', 'sum(times_seen)': 'times_seen' };

/** The table column of a stats-v2 field: `sum(quantity)` → `quantity`, `sum(x)` → `x`, anything else as is. */
export function statsV2FieldColumn(field: string): string {
  return KNOWN[field] ?? /^sum\((\w+)\)$/.exec(field)?.[1] ?? field;
}

/** Orders fields: `sum(quantity)` first, then `sum(times_seen)`, then the others by name. */
export function compareFields(a: string, b: string): number {
  const rank = (f: string) => (f === 'sum(quantity)' ? 0 : f === 'sum(times_seen)' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
