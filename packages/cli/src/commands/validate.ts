import { Option, type Command } from 'commander';
import { PAYLOAD_KINDS, type PayloadKind } from '@sentry-offline/schema';
import type { CliContext } from '../context.js';
import type { InputFile } from '../inputs/input-file.js';
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
import { formatFileLines } from '../output/format-validation.js';
import { createFileProgress } from '../output/file-progress.js';
import { writeText } from '../output/write-text.js';

interface ValidateCommandOptions {
  kind?: PayloadKind;
  strict?: boolean;
  quiet?: boolean;
  format: 'text' | 'json';
}

function jsonEntry(input: InputFile, result: InputResult | undefined): object {
  const status = fileStatus(input, result);
  if ((input.status !== 'read' && input.status !== 'stream') || !result) {
    const { reason, code } = input.status === 'unreadable' ? input : { reason: '', code: '' };
    return { file: input.name, status, kind: null, valid: false, issues: [], reason, code };
  }
  return {
    file: input.name,
    status,
    kind: result.kind,
    format: result.format,
    valid: result.ok,
    issues: result.issues,
    omitted: result.omitted,
    documents: result.documents,
    rejected: result.rejected,
    ...(result.records ? { records: result.records } : {}),
    ...(result.facts ? { facts: result.facts } : {}),
  };
}

interface Run {
  json: boolean;
  quiet: boolean;
  summary: InputSummary;
  skipped: object[];
}

/** Writes one file's result: text lines, or a JSON entry (skipped files are kept for the end). */
async function writeEntry(run: Run, input: InputFile, result: InputResult | undefined, context: CliContext) {
  const status = fileStatus(input, result);
  if (!run.json) {
    if (run.quiet && (status === 'valid' || status === 'skipped')) return;
    const lines = formatFileLines(input, status, result, context.colors.out);
    await writeText(context.stdout, `${lines.join('\n')}\n`);
  } else if (input.status === 'skipped') {
    run.skipped.push({ file: input.name, reason: input.reason });
  } else {
    const separator = run.summary.files === 1 ? '\n' : ',\n';
    await writeText(context.stdout, `${separator}${JSON.stringify(jsonEntry(input, result))}`);
  }
}

/** One file's validation; a streamed file that fails to read part-way becomes unreadable (our own errors are thrown). */
async function check(
  input: InputFile,
  { kind, strict, onRead }: { kind?: PayloadKind; strict: boolean; onRead: (bytes: number) => void },
): Promise<[InputFile, InputResult | undefined]> {
  // onValue: the parsed documents are not needed here, so none is kept (NDJSON files of millions of lines)
  const options = { kind, strict, onValue: () => {} };
  if (input.status === 'read') return [input, validateInput(input, options)];
  if (input.status !== 'stream') return [input, undefined];
  return validateStreamInput(input, { ...options, onRead });
}

async function validateCommand(args: string[], options: ValidateCommandOptions, context: CliContext) {
  const { kind, strict = false, format, quiet = false } = options;
  const run: Run = { json: format === 'json', quiet, summary: EMPTY_SUMMARY, skipped: [] };
  if (run.json) await writeText(context.stdout, '{"files":[');
  // a progress line on a terminal's stderr, cleared before each line written to stdout (the same terminal)
  const progress = createFileProgress(context.stderr, context.stderr.isTTY === true);
  // NDJSON files over 64 MiB are validated line by line as they are read, never held whole
  for await (const read of readInputs(args, { ...context, streamAbove: STREAM_ABOVE, streamStdin: true })) {
    const [input, result] = await check(read, { kind, strict, onRead: progress.onRead });
    run.summary = addToSummary(run.summary, input, result);
    progress.clear();
    await writeEntry(run, input, result, context);
    progress.fileDone(input, result?.documents ?? 0);
  }
  progress.clear();
  const { summary } = run;
  if (run.json) {
    const tail = `${summary.files > 0 ? '\n' : ''}],\n"skipped":${JSON.stringify(run.skipped)},\n"summary":${JSON.stringify(summary)}}\n`;
    await writeText(context.stdout, tail);
  } else {
    await writeText(context.stdout, `${formatSummary(summary)}\n`);
  }
  if (summary.files === 0) {
    context.stderr.write('error: no files to validate (every path was skipped; see above)\n');
    context.fail('cli.noInput');
  }
  if (summary.invalid > 0) context.fail('cli.invalidInput');
  if (summary.unreadable > 0) context.fail('cli.unreadableInput');
}

/**
 * Registers `validate <files|globs|->… [--kind K] [--strict] [--quiet] [--format text|json]`: every file is read,
 * validated and accounted for; exit code 1 when any file is invalid or unreadable.
 * @param program the root command
 * @param context the run's context
 * @example
 * registerValidateCommand(program, context);
 */
export function registerValidateCommand(program: Command, context: CliContext): void {
  program
    .command('validate')
    .description('check saved Sentry payloads: a line per problem, then a summary')
    .argument('<files...>', 'files, folders (read recursively), globs, or - for stdin')
    .addOption(
      new Option('--kind <kind>', 'validate every file as this kind (default: detected)').choices(
        PAYLOAD_KINDS,
      ),
    )
    .option('--strict', 'turn warnings (unknown enum values, totals that do not add up, …) into errors')
    .option('-q, --quiet', 'text format: list only files with problems (and the summary)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sentry-offline validate fixtures\n' +
        "  sentry-offline validate 'exports/**/*.json' --kind stats-v2 --strict\n" +
        '  curl -s … | sentry-offline validate - --format json',
    )
    .action((args: string[], options: ValidateCommandOptions) => validateCommand(args, options, context));
}
