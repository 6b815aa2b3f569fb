import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  SentryOfflineError,
  type StatsSummary,
  type StatsV2,
  type ValidationResult,
} from '@sentry-offline/schema';
import { combineStats, readStatsSummaryCsv, tidyStatsSummary } from '@sentry-offline/transform';
import {
  definitions,
  dropReport,
  statsHealth,
  type BucketInterval,
  type DefinitionName,
  type DropReport,
  type HealthNote,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import type { ReadInput } from '../inputs/input-file.js';
import { readInputs } from '../inputs/read-inputs.js';
import { validateInput } from '../inputs/validate-input.js';
import { formatOption, type TableFormat } from '../output/table-formats.js';
import { writeBinaryReport } from '../output/write-binary-report.js';
import { writeTable } from '../output/write-table.js';
import { writeText } from '../output/write-text.js';

interface DropsCommandOptions {
  by: string[];
  definition: DefinitionName;
  interval?: BucketInterval;
  tz: string;
  cumulative?: boolean;
  mixUnits?: boolean;
  format: Exclude<TableFormat, 'ndjson'>;
  out?: string;
  failAbove?: number;
}

/** The stats read from the inputs: stats-v2 payloads and stats-summary outcome tables, and their health. */
interface LoadedStats {
  v2: { name: string; payload: StatsV2 }[];
  summaries: ColumnTable[];
  health: HealthNote[];
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseRate(value: string): number {
  const percent = value.endsWith('%');
  const n = Number(percent ? value.slice(0, -1) : value) / (percent ? 100 : 1);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('expected a rate between 0 and 1 (0.05) or a percentage (5%)');
  }
  return n;
}

function addInput(input: ReadInput, loaded: LoadedStats, context: CliContext): void {
  const result = validateInput(input);
  if (!result.ok) {
    const first = result.issues.find((i) => i.severity === 'error') ?? result.issues[0];
    const at = first ? `:${first.line ?? 1}:${first.column ?? 1} ${first.message}` : '';
    context.stderr.write(`${input.name}${at} (invalid: see \`sentry-offline validate\`)\n`);
    context.fail('cli.invalidInput');
    return;
  }
  if (result.kind === 'stats-v2') {
    for (const value of result.values) loaded.v2.push({ name: input.name, payload: value as StatsV2 });
    const validation = { ...result, value: result.values[0], file: input.name } as ValidationResult & {
      file: string;
    };
    loaded.health.push(...statsHealth([validation]));
  } else if (result.kind === 'stats-summary') {
    const tables =
      result.format === 'csv'
        ? readStatsSummaryCsv(input.text, { file: input.name })
        : tidyStatsSummary(result.values[0] as StatsSummary, { file: input.name });
    loaded.summaries.push(tables.outcomes);
    loaded.health.push(...statsHealth([{ ...result, value: result.values[0], file: input.name }]));
  } else {
    context.stderr.write(
      `${input.name}: a ${result.kind} payload, not usage stats (stats-v2 or stats-summary)\n`,
    );
    context.fail('cli.invalidInput');
  }
}

async function loadStats(args: string[], context: CliContext): Promise<LoadedStats> {
  const loaded: LoadedStats = { v2: [], summaries: [], health: [] };
  for await (const input of readInputs(args, context)) {
    if (input.status === 'unreadable') {
      context.stderr.write(`${input.name}: unreadable: ${input.reason}\n`);
      context.fail('cli.unreadableInput');
    } else if (input.status === 'read') {
      addInput(input, loaded, context);
    }
  }
  return loaded;
}

function statsTable({ v2, summaries }: LoadedStats): ColumnTable | null {
  if (v2.length > 0 && summaries.length > 0) {
    throw new SentryOfflineError(
      'cli.mixedKinds',
      'stats-v2 and stats-summary files cannot be reported together: give one kind at a time',
      { details: { kinds: ['stats-v2', 'stats-summary'] } },
    );
  }
  if (v2.length > 0) {
    const { table, conflicts } = combineStats(v2, { partialSeries: 'pad' });
    if (conflicts.numRows() > 0) {
      throw new SentryOfflineError(
        'cli.invalidInput',
        `${conflicts.numRows()} overlapping rows disagree between files (e.g. ${conflicts.get('kept_source', 0)} and ` +
          `${conflicts.get('other_source', 0)}): drop one of them`,
        { details: { conflicts: conflicts.numRows() } },
      );
    }
    return table;
  }
  return summaries.length > 0 ? summaries.reduce((a, b) => a.concat(b)) : null;
}

const FRACTIONS = ['rate', 'rate_low', 'rate_high', 'share_of_org_total', 'share_of_org_dropped'];

/** For people (`table`, `md`): fractions as percentages with two decimals; CSV and JSON keep the fractions. */
function asPercentages(rates: ColumnTable): ColumnTable {
  const percent = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : null);
  const columns: Record<string, unknown[]> = {};
  for (const name of rates.columnNames()) {
    const values = Array.from(rates.array(name) as ArrayLike<unknown>);
    columns[name] = FRACTIONS.includes(name) ? values.map(percent) : values;
  }
  return aq.table(columns);
}

function healthLines(report: DropReport, format: string): string {
  const def = report.definition;
  const head =
    format === 'md'
      ? `Definition: \`${def.name}\` — ${def.title}\n\n`
      : `definition: ${def.name} (${def.title})\n`;
  const notes = report.health.map((n) =>
    format === 'md'
      ? `- **${n.severity}** ${n.file}: ${n.message}\n`
      : `${n.severity}: ${n.file}: ${n.message}\n`,
  );
  return head + notes.join('') + (notes.length > 0 || format === 'md' ? '\n' : '');
}

async function writeReport(report: DropReport, format: DropsCommandOptions['format'], context: CliContext) {
  if (format === 'json') {
    const rows = report.rates.objects();
    const text = JSON.stringify({ definition: report.definition, health: report.health, rows }, null, 2);
    return writeText(context.stdout, `${text}\n`);
  }
  if (format === 'csv') {
    // the CSV stays one clean table; what to read first goes to stderr
    for (const n of report.health) context.stderr.write(`${n.severity}: ${n.file}: ${n.message}\n`);
  } else {
    await writeText(context.stdout, healthLines(report, format));
  }
  await writeTable(format === 'csv' ? report.rates : asPercentages(report.rates), context.stdout, { format });
}

function failAbove(report: DropReport, limit: number, context: CliContext): void {
  const t = report.rates;
  const keys = t.columnNames().slice(0, t.columnNames().indexOf('unit'));
  const above = t.filter(aq.escape((d: { rate: number | null }) => d.rate !== null && d.rate > limit));
  for (const row of above.objects() as Record<string, unknown>[]) {
    const label = keys
      .map((k) => `${k}=${row[k] instanceof Date ? (row[k] as Date).toISOString() : String(row[k])}`)
      .join(' ');
    const [rate, dropped, total] = [row.rate, row.dropped, row.total] as number[];
    context.stderr.write(
      `drop rate above ${limit}: ${label || '(all)'} rate=${rate.toFixed(4)} (${dropped}/${total})\n`,
    );
  }
  if (above.numRows() > 0) context.fail('cli.gateFailed');
}

async function dropsCommand(
  args: string[],
  options: DropsCommandOptions,
  context: CliContext,
): Promise<void> {
  const loaded = await loadStats(args, context);
  const table = statsTable(loaded);
  if (table === null) {
    context.stderr.write('error: no usage-stats file to report on\n');
    context.fail('cli.noInput');
    return;
  }
  const report = dropReport(table, {
    health: loaded.health,
    by: options.by,
    definition: options.definition,
    interval: options.interval,
    timeZone: options.tz,
    cumulative: options.cumulative,
    mixUnits: options.mixUnits,
  });
  const binary = { format: options.format, out: options.out, kind: 'drops' };
  if (binary.format === 'parquet' || binary.format === 'arrow') {
    for (const n of report.health) context.stderr.write(`${n.severity}: ${n.file}: ${n.message}\n`);
  }
  if (!(await writeBinaryReport(report.rates, binary, context)))
    await writeReport(report, options.format, context);
  if (options.failAbove !== undefined) failAbove(report, options.failAbove, context);
}

/**
 * Registers `drops <files|globs|->… [--by K,…] [--definition NAME] [--interval 1h|1d|1w|1mo] [--tz ZONE]
 * [--format table|csv|json|md] [--fail-above RATE]`: drop rates of saved stats-v2 or stats-summary responses,
 * health notes first; exit code 1 when `--fail-above` finds rows above the rate (they are named on stderr).
 * @param program the root command
 * @param context the run's context
 * @example
 * registerDropsCommand(program, context);
 */
export function registerDropsCommand(program: Command, context: CliContext): void {
  program
    .command('drops')
    .description('drop rates of saved usage stats (stats-v2, stats-summary), with the definition named')
    .argument('<files...>', 'files, folders (read recursively), globs, or - for stdin')
    .addOption(
      new Option(
        '--by <keys>',
        'group by these keys, comma-separated: project, category, outcome, reason, reason_group',
      )
        .argParser(parseList)
        .default(['category'], 'category'),
    )
    .addOption(
      new Option(
        '--definition <name>',
        'what counts as dropped and in the total (see docs/guide/drop-rates.md)',
      )
        .choices(Object.keys(definitions))
        .default('summary'),
    )
    .addOption(
      new Option('--interval <interval>', 'time buckets (default: the whole window)').choices([
        '1h',
        '1d',
        '1w',
        '1mo',
      ]),
    )
    .option('--tz <zone>', 'IANA time zone of the bucket edges; weeks start on Monday', 'UTC')
    .option('--cumulative', 'running totals over the buckets')
    .option('--mix-units', 'allow one total over bytes and counts')
    .addOption(formatOption(['table', 'csv', 'json', 'md', 'parquet', 'arrow'], 'table'))
    .option('--out <file>', 'with --format parquet or arrow: the file to write')
    .option(
      '--fail-above <rate>',
      'exit 1 when a row’s drop rate is above RATE (0.05 or 5%), naming the rows',
      parseRate,
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sentry-offline drops june.json --by project,category\n' +
        "  sentry-offline drops 'exports/*.json' --definition usage-page --interval 1d --tz Europe/Vienna\n" +
        '  sentry-offline drops summary.json --fail-above 5%',
    )
    .action((args: string[], options: DropsCommandOptions) => dropsCommand(args, options, context));
}
