import { describe, expect, it } from 'vitest';
import { exceedsDepth } from '../src/util/exceeds-depth.js';
import { measureValue } from '../src/util/measure-value.js';

/** `[[[…]]]` with `n` lists, the innermost holding `inner`. */
const lists = (n: number, inner: unknown = 1): unknown => {
  let v: unknown = inner;
  for (let i = 0; i < n; i++) v = [v];
  return v;
};

/** `{"a": {"a": …}}` with `n` objects. */
const objects = (n: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < n; i++) v = { a: v, b: 2 };
  return v;
};

describe('exceedsDepth', () => {
  it('counts a scalar as 0 levels, [] and {} as 1, [[1]] as 2', () => {
    expect(exceedsDepth(7, 0)).toBe(false);
    expect(exceedsDepth(null, 0)).toBe(false);
    expect(exceedsDepth([], 0)).toBe(true);
    expect(exceedsDepth([], 1)).toBe(false);
    expect(exceedsDepth({}, 0)).toBe(true);
    expect(exceedsDepth([[1]], 1)).toBe(true);
    expect(exceedsDepth([[1]], 2)).toBe(false);
  });

  it('finds the one deep branch among shallow ones, in lists and in objects', () => {
    const value = { a: [1, 2, { b: 'x' }], c: { d: lists(4) } }; // c, d, then 4 lists: 6 levels
    expect(exceedsDepth(value, 6)).toBe(false);
    expect(exceedsDepth(value, 5)).toBe(true);
    expect(exceedsDepth(objects(10), 10)).toBe(false);
    expect(exceedsDepth(objects(11), 10)).toBe(true);
  });

  it('stops at the limit: 100,000 levels do not overflow the stack', () => {
    expect(exceedsDepth(lists(100_000), 512)).toBe(true);
    expect(exceedsDepth(objects(100_000), 512)).toBe(true);
  });

  it('skips inherited members, as measureValue does', () => {
    const deep = lists(5);
    const child = Object.create({ inherited: deep }) as Record<string, unknown>;
    child.own = 1;
    expect(exceedsDepth({ child }, 2)).toBe(false);
    expect(measureValue({ child }, 2).depth).toBe(2);
  });

  it('agrees with measureValue on every depth around the limit', () => {
    for (const make of [lists, objects]) {
      for (let n = 0; n <= 8; n++) {
        for (let limit = 0; limit <= 8; limit++) {
          expect(exceedsDepth(make(n), limit), `${make.name} ${n} ${limit}`).toBe(
            measureValue(make(n), limit).depth > limit,
          );
        }
      }
    }
  });
});

describe('measureValue', () => {
  it('counts keys, colons in keys and strings, unsafe integers and depth', () => {
    const value = { 'a:b': ['10:00:00', 2 ** 53, { c: 'x' }], d: null };
    expect(measureValue(value, 512)).toEqual({ keys: 3, depth: 3, unsafeIntegers: true, stringColons: 3 });
    expect(measureValue({ n: 2 ** 53 - 1, s: 'no colon' }, 512)).toEqual({
      keys: 2,
      depth: 1,
      unsafeIntegers: false,
      stringColons: 0,
    });
    expect(measureValue('a:b:c', 512)).toEqual({ keys: 0, depth: 0, unsafeIntegers: false, stringColons: 2 });
  });

  it('stops past the limit with the depth one beyond it, whatever the nesting below', () => {
    expect(measureValue(lists(100_000), 512).depth).toBe(513);
    expect(measureValue(objects(600), 512).depth).toBe(513);
    expect(measureValue(lists(512), 512).depth).toBe(512);
  });
});
