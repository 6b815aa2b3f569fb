import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { SentryOfflineError } from '@sentry-offline/schema';
import { tidyEvents } from '@sentry-offline/transform';
import {
  compareStrategies,
  finishFrameAggregate,
  parseRules,
  signatureChanges,
  SIGNATURE_STRATEGIES,
  type AggregateFramesOptions,
  type SignatureStrategy,
  type StackRule,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { readFrameInputs, streamFrameInputs } from '../frames/aggregate-frame-inputs.js';
import { formatOption, type TableFormat } from '../output/table-formats.js';
import { writeBinaryReport } from '../output/write-binary-report.js';
import { writeTable } from '../output/write-table.js';

const FRAME_TABLES = [
  'signatures',
  'changes',
  'splits',
  'crash-sites',
  'anywhere',
  'stacks',
  'hot-files',
  'compare',
];

interface FramesCommandOptions {
  strategy: SignatureStrategy;
  depth: number;
  top: number;
  by?: string[];
  rules?: string;
  defaultRules: boolean;
  baseline?: string[];
  table?: string;
  format: Exclude<TableFormat, 'ndjson'>;
  out?: string;
  failOnNew?: number;
  workers: number | 'auto';
  quiet?: boolean;
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseWorkers(value: string): number | 'auto' {
  if (value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('expected auto or a whole number of 0 or more');
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/**
 * The rules file, parsed here so that its errors are reported before any work (with line:column), and its text,
 * which worker threads are sent.
 */
async function readRules(
  file: string | undefined,
  context: CliContext,
): Promise<{ text: string; rules: StackRule[] } | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(resolve(context.cwd, file), 'utf8');
  } catch (error) {
    throw new SentryOfflineError('cli.unreadableInput', `--rules ${file}: cannot read the rules file`, {
      cause: error,
    });
  }
  return { text, rules: parseRules(text, { file }) };
}

const FRACTIONS = new Set(['share', 'in_app_ratio', 'crash_site_share', 'anywhere_share', 'baseline_share']);

/** For people (`table`, `md`): fractions as percentages with one decimal; CSV and JSON keep the fractions. */
function forPeople(table: ColumnTable, format: string): ColumnTable {
  if (format === 'csv' || format === 'json') return table;
  const percent = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : null);
  const columns: Record<string, unknown[]> = {};
  for (const name of table.columnNames()) {
    const values = Array.from(table.array(name) as ArrayLike<unknown>);
    columns[name] = FRACTIONS.has(name) ? values.map(percent) : values;
  }
  return aq.table(columns);
}

function defaultTable(options: FramesCommandOptions): string {
  if (options.table) return options.table;
  if (options.baseline) return 'changes';
  return (options.by ?? []).length > 0 ? 'splits' : 'signatures';
}

function failOnNew(changes: ColumnTable, limit: number, context: CliContext): void {
  const rows = changes.objects() as {
    rank: number | null;
    signature: string;
    count: number;
    status: string;
  }[];
  const entered = rows.filter((r) => r.status === 'new' && r.rank !== null && r.rank <= limit);
  for (const r of entered) {
    context.stderr.write(
      `new signature in the top ${limit}: #${r.rank} ${r.signature} (${r.count} events)\n`,
    );
  }
  if (entered.length > 0) context.fail('cli.gateFailed');
}

function checkOptions(options: FramesCommandOptions): string {
  const table = defaultTable(options);
  if ((table === 'changes' || options.failOnNew !== undefined) && !options.baseline) {
    throw new SentryOfflineError(
      'cli.usage',
      `${options.failOnNew !== undefined ? '--fail-on-new' : '--table changes'} needs --baseline FILES`,
    );
  }
  if (table === 'splits' && (options.by ?? []).length === 0) {
    throw new SentryOfflineError('cli.usage', '--table splits needs --by COLUMNS (e.g. release,platform)');
  }
  return table;
}

async function framesCommand(
  args: string[],
  options: FramesCommandOptions,
  context: CliContext,
): Promise<void> {
  const table = checkOptions(options);
  const rules = await readRules(options.rules, context);
  const aggregate: AggregateFramesOptions = {
    strategy: options.strategy,
    depth: options.depth,
    rules: rules?.rules,
    defaults: options.defaultRules,
    by: options.by ?? [],
  };
  // streamed (standard input too) unless a table needs the events themselves
  const events: unknown[] | undefined = table === 'compare' ? [] : undefined;
  const progress = context.stderr.isTTY === true && options.quiet !== true;
  const load = (files: string[], keep?: unknown[]) =>
    keep !== undefined
      ? readFrameInputs(files, aggregate, context, keep)
      : streamFrameInputs(
          files,
          { ...aggregate, rules: rules?.text, workers: options.workers, progress },
          context,
        );
  const state = await load(args, events);
  if (state === null) {
    throw new SentryOfflineError(
      'cli.noInput',
      'no event file to report on: every file was invalid, unreadable or skipped',
    );
  }
  const top = Math.max(options.top, options.failOnNew ?? 0);
  let changes: ColumnTable | null = null;
  if (options.baseline) {
    const baseline = await load(options.baseline);
    if (baseline === null)
      throw new SentryOfflineError('cli.noInput', '--baseline: no event file to compare with');
    changes = signatureChanges(state, baseline, { top });
  }
  const report = finishFrameAggregate(state, { top: options.top });
  const tables: Record<string, () => ColumnTable> = {
    signatures: () => report.signatures,
    changes: () => changes!,
    splits: () => report.splits,
    'crash-sites': () => report.crashSites,
    anywhere: () => report.anywhere,
    stacks: () => report.stacks,
    'hot-files': () => report.hotFiles,
    compare: () =>
      compareStrategies(tidyEvents(events!), {
        rules: aggregate.rules,
        defaults: options.defaultRules,
        depth: options.depth,
      }).merges,
  };
  const chosen = tables[table]();
  if (
    !(await writeBinaryReport(chosen, { format: options.format, out: options.out, kind: table }, context))
  ) {
    await writeTable(forPeople(chosen, options.format), context.stdout, { format: options.format });
  }
  context.stderr.write(`${state.events} events, ${state.signatures.size} ${options.strategy} signatures\n`);
  if (options.failOnNew !== undefined && changes) failOnNew(changes, options.failOnNew, context);
}

/**
 * Registers `frames <files|globs|->… [--strategy S] [--top N] [--by K,…] [--rules FILE] [--baseline FILES]
 * [--table T] [--format table|csv|json|md] [--fail-on-new N]`: crash signatures, top frames and hot files of
 * saved events; exit code 1 when `--fail-on-new` finds a signature that is not in the baseline in the top N.
 * @param program the root command
 * @param context the run's context
 * @example
 * registerFramesCommand(program, context);
 */
export function registerFramesCommand(program: Command, context: CliContext): void {
  program
    .command('frames')
    .description('crash signatures, top frames and hot files of saved events (see docs/guide/signatures.md)')
    .argument('<files...>', 'event files, folders (read recursively), globs, or - for stdin')
    .addOption(
      new Option('--strategy <name>', 'how events are grouped')
        .choices(SIGNATURE_STRATEGIES)
        .default('sentry'),
    )
    .option('--depth <n>', 'in-app frames in a sentry signature (app-depth-N)', parseCount, 5)
    .option('--top <n>', 'rows before the "other" row', parseCount, 20)
    .option(
      '--by <columns>',
      'split signature counts by event columns: release, platform, environment, os, sdk',
      parseList,
    )
    .option('--rules <file>', 'stack-trace rules (see docs/guide/in-app-rules.md)')
    .option(
      '--no-default-rules',
      'do not apply the built-in rules (node_modules, standard libraries, SDK frames)',
    )
    .option(
      '--baseline <files...>',
      'earlier events to compare with: new signatures and rank changes (give it after the inputs)',
    )
    .addOption(
      new Option(
        '--table <name>',
        'which table (default: changes with --baseline, splits with --by, else signatures)',
      ).choices(FRAME_TABLES),
    )
    .addOption(formatOption(['table', 'csv', 'json', 'md', 'parquet', 'arrow'], 'table'))
    .option('--out <file>', 'with --format parquet or arrow: the file to write')
    .option('--fail-on-new <n>', 'exit 1 when a signature not in the baseline is in the top N', parseCount)
    .option(
      '--workers <n>',
      'worker threads beside the main thread (auto: cores - 1 when the input is over 128 MiB)',
      parseWorkers,
      'auto' as const,
    )
    .option('-q, --quiet', 'no progress line on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        "  sentry-offline frames 'exports/events/*.json' --strategy top-frame --top 10\n" +
        '  sentry-offline frames june/ --baseline may/ --fail-on-new 5\n' +
        '  sentry-offline frames events.ndjson --table hot-files --format csv',
    )
    .action((args: string[], options: FramesCommandOptions) => framesCommand(args, options, context));
}
