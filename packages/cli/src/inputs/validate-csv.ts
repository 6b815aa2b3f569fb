import type { PayloadKind, ValidationIssue } from '@sentry-offline/schema';

/** Columns of the CSV that the stats-summary endpoint downloads (`download=true`). */
const STATS_SUMMARY_COLUMN =
  /^(accepted|filtered|rate_limited|invalid|client_discard|cardinality_limited|abuse|dropped|sum\(quantity\))_/;

/** The CSV kinds Sentry exports: the stats-summary download and Discover's CSV export. */
export const CSV_KINDS: readonly PayloadKind[] = ['stats-summary', 'discover'];

/** The outcome of {@link validateCsv}. */
export interface CsvResult {
  kind: PayloadKind | null;
  issues: ValidationIssue[];
}

function issue(
  file: string,
  line: number,
  column: number,
  keyword: string,
  message: string,
): ValidationIssue {
  return { file, pointer: '', line, column, severity: 'error', keyword, message };
}

/**
 * Checks the header of a CSV export and tells its kind: the stats-summary download has `project_id` and
 * `<outcome>_<category>` columns; any other header is taken as a Discover export. Rows are not checked here.
 * @param file the name used in issues
 * @param text the CSV text
 * @param options kind: the kind asked for (default detected)
 * @example
 * validateCsv('summary.csv', 'project_id,project_slug,accepted_errors\n1,web,5\n'); // kind 'stats-summary'
 */
export function validateCsv(file: string, text: string, { kind }: { kind?: PayloadKind } = {}): CsvResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.indexOf('\n');
  const header = (end === -1 ? body : body.slice(0, end)).replace(/\r$/, '');
  if (header.trim() === '') {
    return { kind: kind ?? null, issues: [issue(file, 1, 1, 'empty', 'the CSV has no header row')] };
  }
  const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  const detected: PayloadKind =
    columns.includes('project_id') && columns.some((c) => STATS_SUMMARY_COLUMN.test(c))
      ? 'stats-summary'
      : 'discover';
  if (kind !== undefined && !CSV_KINDS.includes(kind)) {
    const message = `a CSV file cannot be a ${kind} payload (CSV exports are ${CSV_KINDS.join(' or ')})`;
    return { kind, issues: [issue(file, 1, 1, 'kind', message)] };
  }
  if (kind === 'stats-summary' && detected !== kind) {
    const message = `expected the stats-summary CSV header (project_id, accepted_errors, …), found: ${columns.slice(0, 5).join(', ')}`;
    return { kind, issues: [issue(file, 1, 1, 'kind', message)] };
  }
  return { kind: kind ?? detected, issues: [] };
}
