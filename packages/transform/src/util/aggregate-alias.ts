/**
 * The alias Sentry gives a Discover field (its `getAggregateAlias`): `count()` → `count`,
 * `p95(transaction.duration)` → `p95_transaction_duration`; fields that are not functions are returned as is.
 */
export function aggregateAlias(field: string): string {
  const match = /^(\w+)\((.*)\)$/.exec(field);
  if (!match) return field;
  const args = match[2].trim() === '' ? [] : match[2].split(',').map((a) => a.trim());
  return [match[1], ...args].join('_').replace(/[^\w]/g, '_').replace(/^_+/, '').replace(/_+$/, '');
}
