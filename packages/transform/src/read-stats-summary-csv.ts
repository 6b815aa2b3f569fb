import * as aq from 'arquero';
import { DATA_CATEGORIES, OUTCOMES, SentryOfflineError } from '@sentry-offline/schema';
import type { StatsSummaryTables } from './tidy-stats-summary.js';
import { buildSummaryTables, type SummaryEntry } from './util/build-summary-tables.js';
import { toProjectId } from './util/to-project-id.js';

/** Options of {@link readStatsSummaryCsv}. */
export interface ReadStatsSummaryCsvOptions {
  /** Roll `default` and `security` into `error`, summing rows that then share keys (default `true`). */
  normalise?: boolean;
  /** The file name used in error messages (default `"<input>"`). */
  file?: string;
}

const TOTALS = ['dropped', 'sum(quantity)', 'sum(times_seen)'];
// longest first, so that `rate_limited` is not read as `rate` + `limited_…`
const PREFIXES = [...OUTCOMES, ...TOTALS].sort((a, b) => b.length - a.length);
const SUFFIXES = [...DATA_CATEGORIES].map((c) => `${c}s`).sort((a, b) => b.length - a.length);

type Column = { name: string; category: string; total: boolean };

/** Splits `<outcome or total>_<category>s` (`rate_limited_errors`, `sum(quantity)_attachments`). */
function splitHeader(header: string, file: string): Column {
  const prefix = PREFIXES.find((p) => header.startsWith(`${p}_`) && header.endsWith('s'));
  const suffix = SUFFIXES.find((s) => header.endsWith(`_${s}`));
  const name = prefix ?? (suffix ? header.slice(0, -suffix.length - 1) : undefined);
  const category = prefix ? header.slice(prefix.length + 1, -1) : suffix?.slice(0, -1);
  if (name === undefined || !category) {
    throw new SentryOfflineError(
      'transform.invalidCsv',
      `${file}: column "${header}" is not <outcome>_<category>s nor <total>_<category>s ` +
        `(outcomes: ${OUTCOMES.join(', ')}; totals: ${TOTALS.join(', ')})`,
      { details: { file, header } },
    );
  }
  return { name, category, total: TOTALS.includes(name) };
}

function toNumber(text: string, file: string, row: number, header: string): number {
  const n = text === '' ? 0 : Number(text);
  if (!Number.isFinite(n)) {
    throw new SentryOfflineError(
      'transform.invalidCsv',
      `${file}: row ${row + 2}, column "${header}" is ${JSON.stringify(text)}, expected a number`,
      { details: { file, row: row + 2, header } },
    );
  }
  return n;
}

/**
 * Reads the CSV that `/stats-summary/?download=true` returns (header `project_id, project_slug`, then
 * `<outcome>_<category>s` and `<total>_<category>s` columns such as `accepted_errors` or
 * `sum(quantity)_attachments`) into the same `outcomes` and `totals` tables as {@link tidyStatsSummary}.
 * Sentry writes 0 for a category a project has none of, so every project gets every category of the header.
 * @param text the CSV text
 * @param options normalise (default `true`), file (default `"<input>"`)
 * @example
 * const { outcomes, totals } = readStatsSummaryCsv(await file.text(), { file: 'stats_summary.csv' });
 */
export function readStatsSummaryCsv(
  text: string,
  { normalise = true, file = '<input>' }: ReadStatsSummaryCsvOptions = {},
): StatsSummaryTables {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return buildSummaryTables([], normalise);
  const table = aq.fromCSV(body, { autoType: false });
  const headers = table.columnNames();
  if (headers[0] !== 'project_id' || headers[1] !== 'project_slug') {
    throw new SentryOfflineError(
      'transform.invalidCsv',
      `${file}: the header starts with ${JSON.stringify(headers.slice(0, 2).join(','))}, expected "project_id,project_slug"`,
      { details: { file, headers } },
    );
  }
  const columns = headers.slice(2).map((h) => ({ header: h, ...splitHeader(h, file) }));
  const entries: SummaryEntry[] = [];
  for (let row = 0; row < table.numRows(); row++) {
    const byCategory = new Map<string, SummaryEntry>();
    const slug = table.get('project_slug', row) as string;
    for (const c of columns) {
      let entry = byCategory.get(c.category);
      if (!entry) {
        entry = {
          projectId: toProjectId(table.get('project_id', row)),
          projectSlug: slug === '' ? null : slug,
          category: c.category,
          outcomes: new Map(),
          totals: new Map(),
        };
        byCategory.set(c.category, entry);
      }
      const value = toNumber(String(table.get(c.header, row) ?? ''), file, row, c.header);
      (c.total ? entry.totals : entry.outcomes).set(c.name, value);
    }
    entries.push(...byCategory.values());
  }
  return buildSummaryTables(entries, normalise);
}
