import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../src/index.js';

describe('wilsonInterval', () => {
  // worked by hand: z^2 = 3.8415, 0/10 -> center 0.19207/1.38415 = 0.13877 = half; 5/10 -> 0.5 ± 0.26341
  it('gives the 95% Wilson interval of 0 of 10 and 5 of 10', () => {
    const zero = wilsonInterval(0, 10)!;
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(0.27753, 5);
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(0.23659, 5);
    expect(half.high).toBeCloseTo(0.76341, 5);
  });

  it('is symmetric: k of n mirrors n-k of n', () => {
    const a = wilsonInterval(3, 40)!;
    const b = wilsonInterval(37, 40)!;
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });

  it('takes another z (90%: 1.6449)', () => {
    const ninety = wilsonInterval(5, 10, { z: 1.6448536269514722 })!;
    expect(ninety.high - ninety.low).toBeLessThan(0.76341 - 0.23659);
  });

  it('is exactly 0 below 0% and exactly 1 above 100%', () => {
    expect(wilsonInterval(0, 5971)!.low).toBe(0);
    expect(wilsonInterval(12, 12)!.high).toBe(1);
  });

  it('is null for no trials', () => {
    expect(wilsonInterval(0, 0)).toBe(null);
  });
});
