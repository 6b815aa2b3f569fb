/** A project id as a number: integers stay, digit strings (`"1"`) become numbers, anything else is kept as text. */
export function toProjectId(value: unknown): number | string | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return /^\d{1,15}$/.test(value) ? Number(value) : value;
  return null;
}
