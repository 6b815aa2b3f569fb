/** Options of {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** The normal quantile of the confidence level (default `1.959963984540054`, 95% two-sided). */
  z?: number;
}

/**
 * The Wilson score interval of a proportion `successes / trials`: unlike `p ± z·√(p(1−p)/n)` it stays inside
 * [0, 1] and is not zero-width at 0% or 100%.
 * @param successes the numerator (dropped), 0 ≤ successes ≤ trials
 * @param trials the denominator (total)
 * @param options z (default `1.959963984540054`, 95%)
 * @returns `{ low, high }`, or null when `trials` is 0
 * @example
 * wilsonInterval(0, 10); // { low: 0, high: 0.2775… }
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  { z = 1.959963984540054 }: WilsonIntervalOptions = {},
): { low: number; high: number } | null {
  if (!(trials > 0)) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // at 0% and 100% the bound is exactly 0 or 1; the formula leaves float noise there
  return {
    low: successes <= 0 ? 0 : Math.max(0, center - half),
    high: successes >= trials ? 1 : Math.min(1, center + half),
  };
}
