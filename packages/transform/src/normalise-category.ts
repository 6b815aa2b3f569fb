/**
 * The data category as Sentry's usage stats report it: `default` and `security` are rolled into `error`, the way
 * the stats endpoints roll them for display; every other category is returned unchanged.
 * @param category a raw data category (`default`, `error`, `attachment`, …)
 * @example
 * normaliseCategory('security'); // 'error'
 */
export function normaliseCategory(category: string): string {
  return category === 'default' || category === 'security' ? 'error' : category;
}
