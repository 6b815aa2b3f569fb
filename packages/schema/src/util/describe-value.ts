/** A short, safe rendering of a value for messages: `"abc"`, `42`, `an object`, `a list of 3`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  return String(value);
}

/** The JSON type name of a value: `null`, `array`, `object`, `string`, `number`, `boolean`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
