/** Values numbered from 0 in order of first appearance: `values[codes[i]]` is the input's `i`th value. */
export interface DictionaryCodes {
  codes: Int32Array;
  /** The distinct values (the first seen of equal ones), null for null and undefined. */
  values: unknown[];
}

/**
 * Numbers the distinct values of a column, 1 and '1' apart, null and undefined together, equal Dates (by time)
 * together, so that a group's key can be a small integer.
 * @param column the values
 * @example
 * dictionaryCodes(['a', 'b', 'a', null]); // { codes: Int32Array [0, 1, 0, 2], values: ['a', 'b', null] }
 */
export function dictionaryCodes(column: ArrayLike<unknown>): DictionaryCodes {
  const codes = new Int32Array(column.length);
  const values: unknown[] = [];
  const known = new Map<unknown, number>();
  // equal Dates are different objects: they are numbered by their time
  const dates = new Map<number, number>();
  let previous: unknown = undefined;
  let code = -1;
  for (let i = 0; i < column.length; i++) {
    const value = column[i] ?? null;
    // runs of one value are the rule (tables sorted by their keys)
    if (value === previous) {
      codes[i] = code;
      continue;
    }
    const [map, key] = value instanceof Date ? [dates, value.getTime()] : [known, value];
    const seen = map.get(key as never);
    if (seen === undefined) {
      code = values.length;
      map.set(key as never, code);
      values.push(value);
    } else code = seen;
    codes[i] = code;
    previous = value;
  }
  return { codes, values };
}
