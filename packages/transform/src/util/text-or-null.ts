/** Text as is, numbers and booleans as text, anything else (null, missing, objects) as null. */
export function textOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
