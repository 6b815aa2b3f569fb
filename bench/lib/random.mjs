/**
 * Seeded randomness for the generators: a 32-bit linear congruential generator (Numerical Recipes constants),
 * so that the same seed writes byte-identical inputs on every machine. No Math.random anywhere in bench/.
 */
export function createRandom(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    /** An integer in [0, n). */
    int,
    /** An integer in [lo, hi]. */
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (list) => list[int(list.length)],
    chance: (p) => next() < p,
    hex: (length) => {
      let s = '';
      for (let i = 0; i < length; i++) s += '0123456789abcdef'[int(16)];
      return s;
    },
  };
}

/**
 * A sampler of ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s: a few issues hold most events and
 * a long tail holds one or two each, as in real projects, so that top-N lists mean something.
 */
export function createZipf(random, n, s = 1.1) {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cdf[i] = total += 1 / Math.pow(i + 1, s);
  return () => {
    const u = random.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
