import type { StatsV2Facts, ValidationResult } from '@sentry-offline/schema';

/** Something a reader must know before reading the numbers: they are incomplete, or the input had warnings. */
export interface HealthNote {
  /** The file the note is about. */
  file: string;
  /** `incomplete`: the figures miss data; `warning`: the validator's warning, figures may still be right. */
  severity: 'incomplete' | 'warning';
  /** `truncatedSeries`, `noTimeseries`, or the validator's keyword (`totals`, `enum`, …). */
  code: string;
  message: string;
}

interface StatsLike {
  intervals?: unknown;
  groups?: { series?: unknown }[];
}

function noTimeseries(value: unknown): boolean {
  const payload = value as StatsLike | null;
  // results may be invalid: a group can be anything
  return (
    Array.isArray(payload?.groups) &&
    payload.groups.some((g) => g !== null && typeof g === 'object' && g.series === undefined)
  );
}

function notesOf(result: ValidationResult, file: string): HealthNote[] {
  const notes: HealthNote[] = [];
  const facts = result.facts as Partial<StatsV2Facts> | undefined;
  if (result.kind === 'stats-v2' && facts?.truncated) {
    notes.push({
      file,
      severity: 'incomplete',
      code: 'truncatedSeries',
      message:
        'a time series adds up to less than its totals (Sentry truncates long series, getsentry/sentry#124665): ' +
        'figures computed from the series miss the rest',
    });
  }
  if (result.kind === 'stats-v2' && noTimeseries(result.value)) {
    notes.push({
      file,
      severity: 'incomplete',
      code: 'noTimeseries',
      message:
        'grouped by project, the response has no time series: only whole-window figures, no time buckets or trends',
    });
  }
  for (const issue of result.issues) {
    if (issue.severity !== 'warning') continue;
    const at = issue.line === null ? issue.pointer || '/' : `${issue.line}:${issue.column}`;
    notes.push({ file, severity: 'warning', code: issue.keyword, message: `${at} ${issue.message}` });
  }
  return notes;
}

/**
 * The health notes of validated stats payloads, to show above a report's numbers: `truncatedSeries` and
 * `noTimeseries` (the figures are incomplete), then every validator warning.
 * @param results validation results (from `validate` / `validateText`), one per file; `file` names them
 *   (default: the file of the first issue, else `<input>`)
 * @returns the notes, `incomplete` ones first, in the order of the results
 * @example
 * const health = statsHealth([validateText('june.json', text)]);
 */
export function statsHealth(results: readonly (ValidationResult & { file?: string })[]): HealthNote[] {
  const notes = results.flatMap((r) => notesOf(r, r.file ?? r.issues[0]?.file ?? '<input>'));
  return [
    ...notes.filter((n) => n.severity === 'incomplete'),
    ...notes.filter((n) => n.severity !== 'incomplete'),
  ];
}
