/**
 * A read-only arquero column holding `values[i]` on rows `i * times` to `(i + 1) * times - 1`: one value per
 * group, repeated over that group's intervals, without materialising one array slot per row. Its `layout`,
 * `values` and `times` are public so that a report can work per group instead of per row (duck-typed there, as
 * report does not import this class).
 */
export class RepeatColumn<T> {
  readonly layout = 'repeat';
  readonly length: number;

  constructor(
    readonly values: readonly T[],
    readonly times: number,
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

/**
 * A read-only arquero column cycling through `values` `times` times: the interval dates of every group. Its
 * `layout` and `values` are public for the same reason as {@link RepeatColumn}'s.
 */
export class CycleColumn<T> {
  readonly layout = 'cycle';
  readonly length: number;

  constructor(
    readonly values: readonly T[],
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
