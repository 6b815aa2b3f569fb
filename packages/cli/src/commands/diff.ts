import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  isSentryOfflineError,
  parseText,
  PAYLOAD_KINDS,
  SentryOfflineError,
  type PayloadKind,
} from '@sentry-offline/schema';
import {
  diffPayloads,
  renderDrift,
  SIGNATURE_STRATEGIES,
  type ColumnTolerance,
  type DriftReport,
  type NamedPayload,
  type SignatureStrategy,
  type Tolerance,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { readInputs } from '../inputs/read-inputs.js';
import { validateInput } from '../inputs/validate-input.js';
import { writeText } from '../output/write-text.js';

interface DiffCommandOptions {
  against: string[];
  kind?: PayloadKind;
  by?: string[];
  tolerance: Tolerance;
  failOn: 'shape' | 'numbers' | 'any';
  format: 'text' | 'json' | 'md';
  top: number;
  strategy: SignatureStrategy;
}

/** One side read from disk: every parsed payload, and the names of the invalid ones (compared for shape only). */
interface Side {
  payloads: NamedPayload[];
  invalid: string[];
}

function parseBound(text: string, spec: string): ColumnTolerance {
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError(
      `"${spec}": expected a number (absolute: 10), a percentage (relative: 5%) or column=bound (rate=0.01)`,
    );
  }
  return percent ? { relative: n / 100 } : { absolute: n };
}

/** `5%`, `10`, `quantity=5%,rate=0.001`; repeated options add up. */
function parseTolerance(value: string, previous: Tolerance): Tolerance {
  let tolerance: Tolerance = { ...previous, columns: { ...previous.columns } };
  for (const spec of value.split(',').map((s) => s.trim())) {
    const eq = spec.indexOf('=');
    if (eq === -1) {
      tolerance = { ...tolerance, ...parseBound(spec, spec) };
      continue;
    }
    const column = spec.slice(0, eq).trim();
    if (column === '') throw new InvalidArgumentError(`"${spec}": no column before "="`);
    tolerance.columns = {
      ...tolerance.columns,
      [column]: { ...tolerance.columns?.[column], ...parseBound(spec.slice(eq + 1).trim(), spec) },
    };
  }
  return tolerance;
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

async function readSide(
  args: string[],
  label: string,
  kind: PayloadKind | undefined,
  context: CliContext,
): Promise<Side> {
  const side: Side = { payloads: [], invalid: [] };
  for await (const input of readInputs(args, context)) {
    if (input.status === 'unreadable') {
      context.stderr.write(`${input.name}: unreadable: ${input.reason}\n`);
      context.fail('cli.unreadableInput');
      continue;
    }
    // no 'stream' inputs: diff does not ask for them (streamAbove)
    if (input.status === 'skipped' || input.status === 'stream') continue;
    const result = validateInput(input, { kind });
    if (result.ok) {
      const many = result.values.length > 1;
      result.values.forEach((value, i) =>
        side.payloads.push({ name: many ? `${input.name}#${i + 1}` : input.name, value }),
      );
      continue;
    }
    const first = result.issues.find((i) => i.severity === 'error') ?? result.issues[0];
    const where = first ? `:${first.line ?? 1}:${first.column ?? 1} ${first.pointer} ${first.message}` : '';
    const parsed = input.format === 'json' ? parseText(input.name, input.text) : null;
    context.fail('cli.invalidInput');
    if (parsed?.ok) {
      side.payloads.push({ name: input.name, value: parsed.value });
      side.invalid.push(input.name);
      context.stderr.write(`${input.name}${where} (invalid: compared for shape only)\n`);
    } else {
      context.stderr.write(`${input.name}${where} (invalid: left out of the ${label} side)\n`);
    }
  }
  return side;
}

function compare(old: Side, next: Side, options: DiffCommandOptions): DriftReport {
  try {
    return diffPayloads(old.payloads, next.payloads, {
      kind: options.kind,
      by: options.by,
      tolerance: options.tolerance,
      top: options.top,
      strategy: options.strategy,
      shapeOnly: [...old.invalid, ...next.invalid],
    });
  } catch (error) {
    if (
      isSentryOfflineError(error) &&
      (error.code === 'report.kindMismatch' || error.code === 'report.missingColumn')
    )
      throw new SentryOfflineError('cli.usage', error.message, { details: error.details, cause: error });
    throw error;
  }
}

async function diffCommand(args: string[], options: DiffCommandOptions, context: CliContext): Promise<void> {
  const old = await readSide(args, 'old', options.kind, context);
  const next = await readSide(options.against, 'new', options.kind, context);
  for (const [side, label] of [
    [old, 'old'],
    [next, 'new (--against)'],
  ] as const) {
    if (side.payloads.length === 0) {
      throw new SentryOfflineError('cli.noInput', `no payload to compare on the ${label} side`, {
        details: { side: label },
      });
    }
  }
  const report = compare(old, next, options);
  const text =
    options.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : renderDrift(report, { format: options.format });
  await writeText(context.stdout, text);
  const { shape, numbers } = report.drift;
  const failOn = options.failOn;
  if ((shape && failOn !== 'numbers') || (numbers && failOn !== 'shape')) context.fail('cli.gateFailed');
}

/**
 * Registers `diff <old…> --against <new…> [--tolerance T] [--by K,…] [--fail-on shape|numbers|any]
 * [--format text|json|md]`: shape and number drift between two sets of saved payloads of one kind; exit code 0
 * without drift beyond the tolerance, 1 with drift (or invalid input), 2 for usage errors.
 * @param program the root command
 * @param context the run's context
 * @example
 * registerDiffCommand(program, context);
 */
export function registerDiffCommand(program: Command, context: CliContext): void {
  program
    .command('diff')
    .description('shape and number drift between two sets of saved payloads of one kind')
    .argument('<old...>', 'the earlier payloads: files, folders (read recursively), globs, or - for stdin')
    .requiredOption('--against <new...>', 'the newer payloads to compare with them')
    .addOption(
      new Option(
        '--tolerance <bounds>',
        'how far numbers may move: 10 (absolute), 5% (relative), or per column (quantity=5%,rate=0.01); repeatable',
      )
        .argParser(parseTolerance)
        .default({}, 'none: any change is drift'),
    )
    .option(
      '--by <keys>',
      'add the numbers up by these keys before comparing (e.g. category,outcome)',
      parseList,
    )
    .addOption(
      new Option('--kind <kind>', 'read every payload as this kind (default: detected)').choices(
        PAYLOAD_KINDS,
      ),
    )
    .addOption(
      new Option('--fail-on <drift>', 'which drift makes the exit code 1')
        .choices(['shape', 'numbers', 'any'])
        .default('any'),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'),
    )
    .option('--top <n>', 'top signatures compared, for events', parseTop, 10)
    .addOption(
      new Option('--strategy <name>', 'signature strategy, for events')
        .choices(SIGNATURE_STRATEGIES)
        .default('sentry'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sentry-offline diff exports/2026-10 --against exports/2026-11 --by category,outcome --tolerance 25%\n' +
        "  sentry-offline diff 'baseline/*.json' --against 'latest/*.json' --fail-on shape --format md\n" +
        '\nExit codes: 0 no drift beyond the tolerance, 1 drift (or invalid input), 2 usage error.',
    )
    .action((args: string[], options: DiffCommandOptions) => diffCommand(args, options, context));
}
