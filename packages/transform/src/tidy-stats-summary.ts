import { SentryOfflineError, type StatsSummary } from '@sentry-offline/schema';
import { asRecord } from './util/as-record.js';
import type { ColumnTable } from 'arquero';
import { buildSummaryTables, type SummaryEntry } from './util/build-summary-tables.js';
import { toProjectId } from './util/to-project-id.js';

/** The tables of a stats-summary payload. */
export interface StatsSummaryTables {
  /**
   * One row per project × category × outcome: project_id, project_slug, category, outcome, quantity (or
   * times_seen, for a `field=sum(times_seen)` response), unit.
   */
  outcomes: ColumnTable;
  /** One row per project × category: project_id, project_slug, category, dropped, quantity, unit (Sentry's totals). */
  totals: ColumnTable;
}

/** Options of {@link tidyStatsSummary}. */
export interface TidyStatsSummaryOptions {
  /** Roll `default` and `security` into `error`, summing rows that then share keys (default `true`). */
  normalise?: boolean;
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

function numbers(value: unknown, file: string, pointer: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of Object.entries(asRecord(value))) {
    if (typeof n !== 'number') {
      throw new SentryOfflineError(
        'transform.invalidPayload',
        `${file}: ${pointer}/${key} is ${JSON.stringify(n)}, expected a number`,
        { details: { file, pointer: `${pointer}/${key}` } },
      );
    }
    out.set(key, n);
  }
  return out;
}

/**
 * Turns a stats-summary response into two tables: `outcomes`, one row per project × category × outcome
 * (`project_id`, `project_slug`, `category`, `outcome`, `quantity`, `unit`), and `totals`, one row per
 * project × category keeping Sentry's own `dropped` and `sum(quantity)` (as `quantity`) beside `unit`.
 * Rows are sorted by project, category, outcome; project ids given as text (`"1"`) become numbers.
 * @param payload a parsed `/stats-summary/` response
 * @param options normalise (default `true`), file (default `"<input>"`)
 * @example
 * const { outcomes, totals } = tidyStatsSummary(JSON.parse(text));
 */
export function tidyStatsSummary(
  payload: StatsSummary,
  { normalise = true, file = '<input>' }: TidyStatsSummaryOptions = {},
): StatsSummaryTables {
  const projects = asRecord(payload).projects;
  if (!Array.isArray(projects)) {
    throw new SentryOfflineError(
      'transform.invalidPayload',
      `${file}: /projects is not an array of projects`,
      {
        details: { file, pointer: '/projects' },
      },
    );
  }
  const entries: SummaryEntry[] = [];
  projects.forEach((raw, p) => {
    const project = asRecord(raw);
    const stats = Array.isArray(project.stats) ? project.stats : [];
    stats.forEach((rawStat, s) => {
      const stat = asRecord(rawStat);
      const pointer = `/projects/${p}/stats/${s}`;
      entries.push({
        projectId: toProjectId(project.id),
        projectSlug: typeof project.slug === 'string' ? project.slug : null,
        category: String(stat.category),
        outcomes: numbers(stat.outcomes, file, `${pointer}/outcomes`),
        totals: numbers(stat.totals, file, `${pointer}/totals`),
      });
    });
  });
  return buildSummaryTables(entries, normalise);
}
