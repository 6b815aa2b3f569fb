import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

type Row = [project: number, category: string, outcome: string, reason: string, quantities: number[]];

/**
 * A small hourly stats table (the shape of tidyStatsV2) checked by hand in the tests: three hours from
 * 2021-03-01T22:00Z; project 1 and 2, errors and attachments (bytes).
 */
export const HOURS = ['2021-03-01T22:00:00Z', '2021-03-01T23:00:00Z', '2021-03-02T00:00:00Z'];

const ROWS: Row[] = [
  [1, 'error', 'accepted', 'none', [10, 20, 30]],
  [1, 'error', 'rate_limited', 'spike_protection', [5, 0, 10]],
  [1, 'error', 'client_discard', 'sample_rate', [4, 4, 0]],
  [1, 'error', 'filtered', 'browser-extensions', [1, 0, 2]],
  [2, 'error', 'accepted', 'none', [14, 0, 0]],
  [2, 'error', 'rate_limited', 'key_quota', [5, 0, 0]],
  [2, 'attachment', 'accepted', 'none', [1000, 0, 0]],
  [2, 'attachment', 'rate_limited', 'spike_protection', [24, 0, 0]],
];

/** The table of {@link ROWS}: one row per group and hour, `unit` bytes for attachments. */
export function dropsTable(rows: Row[] = ROWS): ColumnTable {
  const cols: Record<string, unknown[]> = {
    project: [],
    category: [],
    outcome: [],
    reason: [],
    interval_start: [],
    interval_end: [],
    quantity: [],
    unit: [],
  };
  for (const [project, category, outcome, reason, quantities] of rows) {
    quantities.forEach((q, h) => {
      const start = new Date(HOURS[h]);
      cols.project.push(project);
      cols.category.push(category);
      cols.outcome.push(outcome);
      cols.reason.push(reason);
      cols.interval_start.push(start);
      cols.interval_end.push(new Date(start.getTime() + 3_600_000));
      cols.quantity.push(q);
      cols.unit.push(category === 'attachment' ? 'bytes' : 'count');
    });
  }
  return aq.table(cols);
}
