const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a string cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return) with a single quote, as OWASP recommends for CSV injection. Other values pass unchanged:
 * numbers are data, so a negative number keeps its sign.
 */
export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
