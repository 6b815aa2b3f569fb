import type { ColumnTable } from 'arquero';
import {
  isSentryOfflineError,
  type StatsSummary,
  type StatsV2,
  type ValidationResult,
} from '@sentry-offline/schema';
import {
  combineStats,
  createEventTables,
  readStatsSummaryCsv,
  tidyStatsSummary,
  type EventTables,
} from '@sentry-offline/transform';
import { statsHealth, type HealthNote, type ReportFile } from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import type { InputFile, ReadInput } from '../inputs/input-file.js';
import { fileStatus } from '../inputs/input-summary.js';
import { readInputs } from '../inputs/read-inputs.js';
import { validateInput, type InputResult } from '../inputs/validate-input.js';
import { formatFileLines } from '../output/format-validation.js';
import { createProgressBar } from '../output/progress-bar.js';

/** What a report is built from, read from a mixed folder. */
export interface LoadedReportInput {
  files: ReportFile[];
  health: HealthNote[];
  stats: ColumnTable | null;
  events: EventTables | null;
  /** Files that were invalid or unreadable (the report still shows the rest). */
  invalid: number;
  unreadable: number;
}

interface Collected {
  v2: { name: string; payload: StatsV2 }[];
  summaries: ColumnTable[];
  events: ReturnType<typeof createEventTables>;
  eventCount: number;
  health: HealthNote[];
}

function addValid(input: ReadInput, result: InputResult, into: Collected): void {
  const validation = { ...result, value: result.values[0], file: input.name } as ValidationResult & {
    file: string;
  };
  switch (result.kind) {
    case 'stats-v2':
      for (const value of result.values) into.v2.push({ name: input.name, payload: value as StatsV2 });
      into.health.push(...statsHealth([validation]));
      return;
    case 'stats-summary': {
      const tables =
        result.format === 'csv'
          ? readStatsSummaryCsv(input.text, { file: input.name })
          : tidyStatsSummary(result.values[0] as StatsSummary, { file: input.name });
      into.summaries.push(tables.outcomes);
      into.health.push(...statsHealth([validation]));
      return;
    }
    case 'event':
    case 'raw-event':
      for (const value of result.values) {
        into.events.add(value);
        into.eventCount++;
      }
      return;
  }
}

function statsTable(c: Collected): { table: ColumnTable | null; notes: HealthNote[] } {
  const notes: HealthNote[] = [];
  if (c.v2.length === 0) {
    return { table: c.summaries.length > 0 ? c.summaries.reduce((a, b) => a.concat(b)) : null, notes };
  }
  if (c.summaries.length > 0) {
    notes.push({
      file: '<report>',
      severity: 'warning',
      code: 'mixedKinds',
      message: `${c.summaries.length} stats-summary files left out: the usage figures come from the stats-v2 files`,
    });
  }
  const { table, conflicts } = combineStats(c.v2, { partialSeries: 'pad' });
  if (conflicts.numRows() > 0) {
    notes.push({
      file: '<report>',
      severity: 'warning',
      code: 'conflicts',
      message: `${conflicts.numRows()} overlapping rows disagree between files; the first file given is kept`,
    });
  }
  return { table, notes };
}

async function readAll(args: string[], context: CliContext): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for await (const input of readInputs(args, context)) inputs.push(input);
  return inputs;
}

/**
 * Reads the files of a report (stats-v2, stats-summary, events and raw events; other kinds are listed in the
 * summary and not used), validates each, prints what is wrong with a file on stderr, and gathers the tables.
 * A progress bar on stderr when `progress` is set.
 */
export async function loadReportInput(
  args: string[],
  context: CliContext,
  { progress = false }: { progress?: boolean } = {},
): Promise<LoadedReportInput> {
  const inputs = await readAll(args, context);
  const bar = createProgressBar(context.stderr, inputs.length, { enabled: progress });
  const into: Collected = { v2: [], summaries: [], events: createEventTables(), eventCount: 0, health: [] };
  const files: ReportFile[] = [];
  let invalid = 0;
  for (const input of inputs) {
    let result = input.status === 'read' ? validateInput(input) : undefined;
    if (input.status === 'read' && result?.ok) {
      try {
        addValid(input, result, into);
      } catch (error) {
        if (!isSentryOfflineError(error)) throw error;
        result = { ...result, ok: false, issues: [...result.issues, issueOf(input.name, error.message)] };
      }
    }
    const status = fileStatus(input, result);
    if (status === 'invalid') invalid++;
    if (status !== 'valid') {
      context.stderr.write(`${formatFileLines(input, status, result, context.colors.err).join('\n')}\n`);
    }
    files.push({ name: input.name, kind: result?.kind ?? null, status });
    bar.tick();
  }
  bar.done();
  const { table, notes } = statsTable(into);
  return {
    files,
    health: [...into.health, ...notes],
    stats: table,
    events: into.eventCount > 0 ? into.events.finish() : null,
    invalid,
    unreadable: files.filter((f) => f.status === 'unreadable').length,
  };
}

function issueOf(file: string, message: string): InputResult['issues'][number] {
  return { file, pointer: '', line: null, column: null, severity: 'error', keyword: 'transform', message };
}
