/** A project id as a number: numbers stay, digit strings (`"1"`) within the safe range become numbers, other text stays. */
export function toProjectId(value: unknown): number | string | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : value;
}
