/**
 * A read-only arquero column holding `values[i]` on rows `i * times` to `(i + 1) * times - 1`: one value per
 * group, repeated over that group's intervals, without materialising one array slot per row.
 */
export class RepeatColumn<T> {
  readonly length: number;

  constructor(
    private readonly values: readonly T[],
    private readonly times: number,
  ) {
    this.length = values.length * times;
  }

  at(row: number): T {
    return this.values[Math.floor(row / this.times)];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (const value of this.values) for (let i = 0; i < this.times; i++) yield value;
  }
}

/** A read-only arquero column cycling through `values` `times` times: the interval dates of every group. */
export class CycleColumn<T> {
  readonly length: number;

  constructor(
    private readonly values: readonly T[],
    times: number,
  ) {
    this.length = values.length * times;
  }

  at(row: number): T {
    return this.values[row % this.values.length];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let row = 0; row < this.length; row++) yield this.values[row % this.values.length];
  }
}
