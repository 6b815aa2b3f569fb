import { getHeapStatistics } from 'node:v8';
import type { ColumnTable } from 'arquero';
import { Option, type Command } from 'commander';
import {
  isSentryOfflineError,
  PAYLOAD_KINDS,
  SentryOfflineError,
  type PayloadKind,
  type ValidationIssue,
} from '@sentry-offline/schema';
import type { CliContext } from '../context.js';
import type { InputFile, ReadInput, StreamInput } from '../inputs/input-file.js';
import {
  addToSummary,
  EMPTY_SUMMARY,
  fileStatus,
  formatSummary,
  type InputSummary,
} from '../inputs/input-summary.js';
import { readInputs } from '../inputs/read-inputs.js';
import { validateInput, type InputResult } from '../inputs/validate-input.js';
import { STREAM_ABOVE, validateStreamInput } from '../inputs/validate-ndjson-file.js';
import { createFileProgress } from '../output/file-progress.js';
import { formatFileLines } from '../output/format-validation.js';
import { openOutput } from '../output/open-output.js';
import { formatOption, type TableFormat } from '../output/table-formats.js';
import { writeTable } from '../output/write-table.js';
import { writeBinaryReport } from '../output/write-binary-report.js';
import { BATCHED_FORMATS, openTableSink } from '../output/table-sink.js';
import { createBatchOutput, type BatchOutput } from '../tidy/batch-output.js';
import { createRedactor, REDACT_KEY_VARIABLE } from '../util/create-redactor.js';
import {
  familyOf,
  type CollectOptions,
  type TableCollector,
  type TableFamily,
} from '../tidy/table-families.js';

interface TidyCommandOptions {
  kind?: PayloadKind;
  table?: string;
  format: TableFormat;
  out?: string;
  keepFormulas?: boolean;
  partition?: 'day';
  normalise: boolean;
  personalData?: boolean;
  redact?: boolean;
  strict?: boolean;
  quiet?: boolean;
}

interface TidyState {
  summary: InputSummary;
  family: TableFamily | null;
  collector: TableCollector | null;
  /** Valid files per family, to explain mixed kinds. */
  files: Map<TableFamily, string[]>;
  /** Where the table goes a batch at a time (csv, json, ndjson, parquet), else null: written whole at the end. */
  output: BatchOutput | null;
  /** The most rows an event table written whole may reach. */
  rowLimit: number;
}

function usage(message: string): SentryOfflineError {
  return new SentryOfflineError('cli.usage', message);
}

function rejectedResult(result: InputResult, messages: string[], keyword: string): InputResult {
  const issues: ValidationIssue[] = messages.map((message) => ({
    file: result.file,
    pointer: '',
    line: null,
    column: null,
    severity: 'error',
    keyword,
    message,
  }));
  const rejected = Math.min(result.documents, result.rejected + messages.length);
  return { ...result, ok: false, issues: [...result.issues, ...issues], rejected };
}

/**
 * Bytes of heap a row of an event table takes when the table is written whole (its cells, then the output's own
 * copy: an Arrow table, a Markdown text); measured at 250–500 on frames, with room to spare.
 */
const WHOLE_ROW_BYTES = 600;

/** The most rows of a table written whole that fit in this process's heap, by {@link WHOLE_ROW_BYTES}. */
const wholeRowLimit = () => Math.floor(getHeapStatistics().heap_size_limit / WHOLE_ROW_BYTES);

function tableTooLarge(table: string, limit: number, options: TidyCommandOptions): SentryOfflineError {
  const whole = `--format ${options.format}`;
  const heap = getHeapStatistics().heap_size_limit / 2 ** 30;
  return new SentryOfflineError(
    'cli.tableTooLarge',
    `the ${table} table has passed ${limit} rows, more than ${whole} can hold here: it writes the table whole, ` +
      `at the end, and Node's heap is ${heap.toFixed(1)} GiB. Write --format parquet, csv, json or ndjson, which ` +
      'tidy writes in batches as it reads, or give Node more heap (NODE_OPTIONS=--max-old-space-size=16384)',
    { details: { table, limit } },
  );
}

/**
 * Hands the rows collected so far to the output once they make a batch (event tables written as they grow); a
 * table that must be written whole is refused once it could not fit, rather than let Node run out of memory.
 */
function writeBatch(state: TidyState, table: string, options: TidyCommandOptions): void {
  if (state.output) {
    const batch = state.collector?.take?.();
    if (batch) state.output.add(batch[table]);
    return;
  }
  const held = state.collector?.held?.() ?? 0;
  if (held > state.rowLimit) throw tableTooLarge(table, state.rowLimit, options);
}

/**
 * Validates one read file and feeds each document that passes to the collector of its family, as soon as it has
 * passed (so that an NDJSON file of millions of events never holds more than one parsed event). Documents the
 * transform rejects make the file invalid; the others still count.
 */
async function validateAndCollect(
  state: TidyState,
  input: ReadInput | StreamInput,
  options: TidyCommandOptions,
  collectOptions: CollectOptions,
  onRead: (bytes: number) => void,
): Promise<[InputFile, InputResult | undefined]> {
  const rejected: string[] = [];
  let seen: TableFamily | null | undefined;
  const feed = (value: unknown, kind: PayloadKind | null) => {
    const family = kind ? familyOf(kind) : null;
    if (seen === undefined) {
      seen = family;
      if (family) state.files.set(family, [...(state.files.get(family) ?? []), input.name]);
      state.family ??= family;
    }
    if (!family) return void rejected.push(`${kind ?? 'unknown'} payloads hold no data to tidy`);
    if (family !== state.family) return;
    const table = options.table ?? family.tables[0];
    state.collector ??= family.create({ ...collectOptions, table });
    try {
      state.collector.add(input, value);
    } catch (error) {
      if (!isSentryOfflineError(error)) throw error;
      rejected.push(error.message);
    }
    writeBatch(state, table, options);
  };
  const { kind, strict } = options;
  let file: InputFile = input;
  let result: InputResult | undefined;
  if (input.status === 'read') {
    result = validateInput(input, { kind, strict, onValue: feed });
    if (result.ok && input.format === 'csv') feed(input.text, result.kind);
  } else {
    const afterChunk = state.output ? state.output.settled : undefined;
    [file, result] = await validateStreamInput(input, { kind, strict, onValue: feed, onRead, afterChunk });
  }
  return [file, result && rejected.length > 0 ? rejectedResult(result, rejected, 'transform') : result];
}

function mixedKindsError(files: Map<TableFamily, string[]>): SentryOfflineError {
  const lines = [...files].map(([family, names]) => {
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? `, … (${names.length} files)` : '');
    return `  ${family.kinds.join('/')}: ${shown}`;
  });
  return new SentryOfflineError(
    'cli.mixedKinds',
    `tidy combines files of one kind into one table, but these are of ${files.size} kinds:\n${lines.join('\n')}\n` +
      'give fewer files, or --kind to read them all as one kind',
    { details: { kinds: [...files].map(([f, names]) => ({ kinds: f.kinds, files: names })) } },
  );
}

async function readAll(
  state: TidyState,
  args: string[],
  options: TidyCommandOptions,
  context: CliContext,
): Promise<void> {
  const collectOptions = {
    normalise: options.normalise,
    personalData: options.personalData === true,
    redact: options.redact ? createRedactor(context.env[REDACT_KEY_VARIABLE]) : undefined,
  };
  const progress = createFileProgress(
    context.stderr,
    context.stderr.isTTY === true && options.quiet !== true,
  );
  // NDJSON files over 64 MiB are validated and collected line by line, never held whole as text
  for await (const read of readInputs(args, { ...context, streamAbove: STREAM_ABOVE, streamStdin: true })) {
    const [input, result] =
      read.status === 'read' || read.status === 'stream'
        ? await validateAndCollect(state, read, options, collectOptions, progress.onRead)
        : [read, undefined];
    state.summary = addToSummary(state.summary, input, result);
    const status = fileStatus(input, result);
    if (status !== 'valid') {
      progress.clear();
      context.stderr.write(`${formatFileLines(input, status, result, context.colors.err).join('\n')}\n`);
    }
    progress.fileDone(input, result?.documents ?? 0);
    await state.output?.settled();
  }
  progress.clear();
}

/** Rejects option combinations that cannot work before any file is read. */
function checkOptions({ kind, table, personalData, redact }: TidyCommandOptions): void {
  const requested = kind ? familyOf(kind) : null;
  if (kind && !requested) throw usage(`--kind ${kind}: these payloads hold no data to tidy`);
  if (personalData && redact) throw usage('--personal-data and --redact cannot go together: copy, or redact');
  if (requested && table && !requested.tables.includes(table)) {
    throw usage(`--table ${table}: ${kind} payloads make the tables ${requested.tables.join(', ')}`);
  }
}

/** The output of a table written a batch at a time, or null when the format or `--partition` needs it whole. */
function batchOutput(state: TidyState, options: TidyCommandOptions, context: CliContext): BatchOutput | null {
  // --partition with a text format goes on to writeBinaryReport, whose usage error says it needs parquet
  if (!BATCHED_FORMATS.includes(options.format) || (options.partition && options.format !== 'parquet'))
    return null;
  return createBatchOutput(() => {
    const { family, collector } = state;
    const types = family ? collector?.types?.[options.table ?? family.tables[0]] : undefined;
    const { format, out, partition } = options;
    const kind = family ? (options.table ?? family.tables[0]) : undefined;
    const neutraliseFormulas = !options.keepFormulas;
    return openTableSink(context, { format, out, neutraliseFormulas, types, partition, kind });
  });
}

/** Writes the table whole (md, table, arrow), or its last batch and the end of it. */
async function writeResult(
  state: TidyState,
  table: ColumnTable,
  name: string,
  options: TidyCommandOptions,
  context: CliContext,
): Promise<void> {
  const wrote = (rows: number, where = options.out) =>
    context.stderr.write(`wrote ${rows} rows of table ${name} to ${where}\n`);
  if (state.output) {
    state.output.add(table);
    const { rows, where } = await state.output.close();
    if (options.out) wrote(rows, where);
    return;
  }
  const types = state.collector?.types?.[name];
  const binary = {
    format: options.format,
    out: options.out,
    kind: name,
    partition: options.partition,
    types,
  };
  if (!(await writeBinaryReport(table, binary, context))) {
    const output = await openOutput(context, options.out);
    await writeTable(table, output.stream, {
      format: options.format,
      neutraliseFormulas: !options.keepFormulas,
    });
    await output.close();
    if (options.out) wrote(table.numRows());
  }
}

async function tidyTables(
  state: TidyState,
  args: string[],
  options: TidyCommandOptions,
  context: CliContext,
) {
  await readAll(state, args, options, context);
  const { summary, family, collector } = state;
  context.stderr.write(`${formatSummary(summary)}\n`);
  if (state.files.size > 1) throw mixedKindsError(state.files);
  if (!family || !collector) {
    throw new SentryOfflineError(
      'cli.noInput',
      'no file could be tidied: every file was invalid, unreadable or skipped',
    );
  }
  const name = options.table ?? family.tables[0];
  if (!family.tables.includes(name)) {
    throw usage(
      `--table ${name}: ${family.kinds.join('/')} payloads make the tables ${family.tables.join(', ')}`,
    );
  }
  const { tables, problems } = collector.finish();
  for (const problem of problems) context.stderr.write(`${context.colors.err.red('error')}: ${problem}\n`);
  if (problems.length > 0) context.fail('cli.conflicts');
  await writeResult(state, tables[name], name, options, context);
  if (summary.invalid > 0) context.fail('cli.invalidInput');
  if (summary.unreadable > 0) context.fail('cli.unreadableInput');
}

async function tidyCommand(args: string[], options: TidyCommandOptions, context: CliContext): Promise<void> {
  checkOptions(options);
  const state: TidyState = {
    summary: EMPTY_SUMMARY,
    family: null,
    collector: null,
    files: new Map(),
    output: null,
    rowLimit: wholeRowLimit(),
  };
  state.output = batchOutput(state, options, context);
  try {
    await tidyTables(state, args, options, context);
  } catch (error) {
    // batches of a large table were written before the run failed: a file of part of the table is taken back
    const written = state.output?.written === true;
    await state.output?.discard();
    if (written) {
      context.stderr.write(
        options.out && options.out !== '-'
          ? `removed what was written to ${options.out}: it held only the rows written before this error\n`
          : 'the rows written to stdout before this error are only part of the table\n',
      );
    }
    throw error;
  }
}

/**
 * Registers `tidy <files|globs|->… [--kind K] [--table NAME] [--format F] [--out FILE]`: payloads of one kind
 * to one tidy table.
 * @param program the root command
 * @param context the run's context
 * @example
 * registerTidyCommand(program, context);
 */
export function registerTidyCommand(program: Command, context: CliContext): void {
  program
    .command('tidy')
    .description('turn payloads of one kind into one tidy table (csv, json, ndjson, md or a terminal table)')
    .argument('<files...>', 'files, folders (read recursively), globs, or - for stdin')
    .addOption(
      new Option('--kind <kind>', 'read every file as this kind (default: detected)').choices(PAYLOAD_KINDS),
    )
    .option('--table <name>', "which of the kind's tables (default: its main one; see docs/cli.md)")
    .addOption(formatOption(['csv', 'json', 'ndjson', 'md', 'table', 'parquet', 'arrow'], 'csv'))
    .option('--out <file>', 'write the table to this file (or folder, with --partition) instead of stdout')
    .addOption(
      new Option(
        '--partition <by>',
        'parquet: one file per day (UTC) under the --out folder, kind=<table>/day=<date>/part-0.parquet',
      ).choices(['day']),
    )
    .option('--keep-formulas', 'do not neutralise CSV cells that start with = + - @ (OWASP CSV injection)')
    .option('--no-normalise', "keep the payload's categories and reasons (no default/security -> error, …)")
    .option(
      '--personal-data',
      'copy user e-mail, IP address, cookies, request bodies and frame vars into event tables',
    )
    .option(
      '--redact',
      'add user ids, e-mails, IPs and user tags as keyed hashes (SENTRY_OFFLINE_REDACT_KEY) instead of leaving them out',
    )
    .option('--strict', 'turn warnings into errors (such files are left out)')
    .option('-q, --quiet', 'no progress line on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        "  sentry-offline tidy 'exports/stats/*.json' --out usage.csv\n" +
        '  sentry-offline tidy exports/events --table frames --format ndjson\n' +
        "  sentry-offline tidy 'exports/stats/*.json' --format parquet --partition day --out usage/",
    )
    .action((args: string[], options: TidyCommandOptions) => tidyCommand(args, options, context));
}
