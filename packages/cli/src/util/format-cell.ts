/** Control characters (including ANSI escapes) that must not reach a terminal from a payload. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Shows control characters as escapes (`\n`, `\u001b`), so a payload value cannot move the cursor or recolour a terminal. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\t'
        ? '\\t'
        : c === '\r'
          ? '\\r'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One cell as text for people: null as empty, dates as ISO-8601 UTC, fractions to 6 significant digits. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (typeof value === 'string') return printable(value);
  if (typeof value === 'object')
    return printable(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  return String(value);
}
