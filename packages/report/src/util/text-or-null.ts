/** The value as a non-empty string, or null (numbers are stringified). */
export function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : String(value);
  return text === '' ? null : text;
}
