import type { ColumnTable } from 'arquero';
import { formatCell } from '../util/format-cell.js';

/** Options of {@link renderTerminalTable}. */
export interface TerminalTableOptions {
  /** Longest cell shown before it is cut with `…` (default `60`). */
  maxWidth?: number;
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/**
 * Renders a table as aligned text for a terminal: a header, a rule, one line per row, columns separated by two
 * spaces, numeric columns right-aligned, control characters escaped.
 * @param table the table, in its current row order
 * @param options maxWidth (default `60`)
 * @example
 * renderTerminalTable(aq.table({ project: ['web'], quantity: [12] }));
 * // "project  quantity\n-------  --------\nweb            12\n"
 */
export function renderTerminalTable(
  table: ColumnTable,
  { maxWidth = 60 }: TerminalTableOptions = {},
): string {
  const names = table.columnNames();
  const indices = table.indices(true);
  const columns = names.map((name) => {
    const column = table.column(name)!;
    const values = Array.from(indices, (i) => column.at(i));
    const numeric = values.some((v) => v != null) && values.every((v) => v == null || typeof v === 'number');
    const cells = values.map((v) => cut(formatCell(v), maxWidth));
    const width = cells.reduce((w, c) => Math.max(w, c.length), Math.min(name.length, maxWidth));
    return { title: cut(name, maxWidth), cells, width, numeric };
  });
  const pad = (text: string, width: number, right: boolean) =>
    right ? text.padStart(width) : text.padEnd(width);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, columns[i].width, columns[i].numeric))
      .join('  ')
      .trimEnd();
  const lines = [line(columns.map((c) => c.title)), line(columns.map((c) => '-'.repeat(c.width)))];
  for (let r = 0; r < indices.length; r++) lines.push(line(columns.map((c) => c.cells[r])));
  return `${lines.join('\n')}\n`;
}
