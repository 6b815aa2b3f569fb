import { describe, expect, it } from 'vitest';
import { LevelSums } from '../src/util/level-sums.js';

/** Rows of two key columns (codes and values) in two buckets, summed into the level of key column 1. */
function fill(level: LevelSums): LevelSums {
  level.add([0, 1], ['a', 'x'], 10, 'count', [1, 0, 0, 0]);
  level.add([1, 1], ['b', 'x'], 10, 'count', [0, 2, 0, 0]);
  level.add([0, 0], ['a', 'y'], 10, 'bytes', [5, 0, 0, 0]);
  level.add([1, 1], ['b', 'x'], 20, 'count', [0, 0, 3, 0], 'r1');
  level.add([0, 1], ['a', 'x'], 20, 'bytes', [0, 0, 0, 4], 'r1');
  return level;
}

const plain = (level: LevelSums) =>
  [...level.entries.values()].map(({ keys, codes, bucket, units, sums, reasons }) => ({
    keys,
    codes,
    bucket,
    units,
    sums,
    reasons,
  }));

describe('LevelSums', () => {
  it('sums rows by its key columns and bucket, listing units and reasons once', () => {
    const level = fill(new LevelSums([1], [2, 2]));
    expect(plain(level)).toEqual([
      { keys: ['x'], codes: [1], bucket: 10, units: ['count'], sums: [1, 2, 0, 0], reasons: [] },
      { keys: ['y'], codes: [0], bucket: 10, units: ['bytes'], sums: [5, 0, 0, 0], reasons: [] },
      { keys: ['x'], codes: [1], bucket: 20, units: ['count', 'bytes'], sums: [0, 0, 3, 4], reasons: ['r1'] },
    ]);
    expect(level.get([1, 1], 20)?.sums).toEqual([0, 0, 3, 4]);
    expect(level.get([0, 0], 20)).toBeUndefined();
  });

  it('gives the same entries with numeric ids, string ids (no sizes) and string ids past 2^32 keys', () => {
    const numeric = fill(new LevelSums([1], [2, 2]));
    expect(plain(fill(new LevelSums([1])))).toEqual(plain(numeric));
    expect(plain(fill(new LevelSums([0, 1], [70_000, 70_000])))).toEqual(
      plain(fill(new LevelSums([0, 1], [2, 2]))),
    );
  });

  it('runs sums over the buckets, with an entry in every bucket', () => {
    for (const sizes of [[2, 2], null]) {
      const running = fill(new LevelSums([1], sizes)).cumulate([10, 20, 30]);
      expect(plain(running).map((e) => [e.keys[0], e.bucket, e.sums])).toEqual([
        ['x', 10, [1, 2, 0, 0]],
        ['x', 20, [1, 2, 3, 4]],
        ['x', 30, [1, 2, 3, 4]],
        ['y', 10, [5, 0, 0, 0]],
        ['y', 20, [5, 0, 0, 0]],
        ['y', 30, [5, 0, 0, 0]],
      ]);
      expect(running.get([0, 1], 30)?.sums).toEqual([1, 2, 3, 4]);
    }
  });
});
