import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { reasonGroup } from '../reason-group.js';

/** A grouping key of a report: its output name and its value in each input row. */
export interface KeyColumn {
  name: string;
  values: ArrayLike<unknown>;
}

const DERIVED = ['reason_group'];

/** Reads a column's values: per row by default, or per block of a {@link TableGrid}. */
export interface KeyColumnsOptions {
  /** The values of a column that exists (default: `table.array(name)`). */
  read?: (name: string) => ArrayLike<unknown>;
  /** How many values `read` gives (default: the table's rows). */
  length?: number;
}

function column(
  table: ColumnTable,
  name: string,
  read: (name: string) => ArrayLike<unknown>,
): ArrayLike<unknown> {
  const names = table.columnNames();
  // stats-summary tables name the project by id and slug; the id is unique where a slug may be missing
  const actual = name === 'project' && !names.includes('project') ? 'project_id' : name;
  if (actual === undefined || !names.includes(actual)) {
    throw new SentryOfflineError(
      'report.unknownColumn',
      `cannot group by "${name}": the table has no such column (have: ${names.join(', ')}; also: ${DERIVED.join(', ')})`,
      { details: { column: name, have: names } },
    );
  }
  return read(actual);
}

/**
 * The key columns of `by`; `reason_group` is derived from outcome and reason, and added beside `reason`.
 * @param table the table whose columns are checked (`report.unknownColumn`) and read
 * @param by the grouping keys
 * @param options read (default: `table.array(name)`), length (default: the table's rows)
 */
export function keyColumns(
  table: ColumnTable,
  by: readonly string[],
  {
    read = (name) => table.array(name) as ArrayLike<unknown>,
    length = table.numRows(),
  }: KeyColumnsOptions = {},
): KeyColumn[] {
  const names = [...by];
  if (names.includes('reason') && !names.includes('reason_group')) {
    names.splice(names.indexOf('reason') + 1, 0, 'reason_group');
  }
  return names.map((name) => {
    if (name !== 'reason_group') return { name, values: column(table, name, read) };
    const outcomes = column(table, 'outcome', read);
    const reasons = column(table, 'reason', read);
    const groups = new Map<string, string | null>();
    const values = Array.from({ length }, (_, i) => {
      const outcome = String(outcomes[i]);
      const reason = (reasons[i] ?? null) as string | null;
      const id = `${outcome}\u0000${reason}`;
      let group = groups.get(id);
      if (group === undefined) groups.set(id, (group = reasonGroup(outcome, reason)));
      return group;
    });
    return { name, values };
  });
}
