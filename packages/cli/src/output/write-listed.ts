import type { CliContext } from '../context.js';

/** How many lines of a list stderr shows (the rest are counted). */
export const LISTED = 20;

/**
 * Writes the first {@link LISTED} lines of a list to stderr, then how many more there were.
 * @param lines the lines (more may be given than are shown)
 * @param total how many there were in all (at least the lines given)
 * @param more the last line, for the `n` not shown: `… and 3 more documents left out`
 * @param indent put before each line (default none)
 */
export function writeListed(
  context: CliContext,
  lines: readonly string[],
  total: number,
  more: (n: number) => string,
  indent = '',
): void {
  const shown = lines.slice(0, LISTED);
  for (const line of shown) context.stderr.write(`${indent}${line}\n`);
  if (total > shown.length) context.stderr.write(`${indent}${more(total - shown.length)}\n`);
}

/**
 * Warns about events saved twice (an event id that an earlier document had): each copy is counted, as the
 * documents given are; the first places are listed. Not a failure.
 * @param repeated how many, and the first places as `file:line: event <id> again`
 * @param side the side of a comparison they were met on (`old`), to put before the warning (default none)
 */
export function writeRepeated(
  { count, at }: { count: number; at: readonly string[] },
  context: CliContext,
  side?: string,
): void {
  if (count === 0) return;
  const warning = context.colors.err.yellow('warning');
  const where = side === undefined ? '' : `the ${side} side: `;
  context.stderr.write(
    `${warning}: ${where}${count} events have the event id of an earlier document (saved twice?); each copy is counted\n`,
  );
  writeListed(context, at, count, (n) => `… and ${n} more`, '  ');
}
