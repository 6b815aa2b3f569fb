import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  detectKind,
  isSentryOfflineError,
  parseText,
  PAYLOAD_KINDS,
  SentryOfflineError,
  type PayloadKind,
} from '@sentry-offline/schema';
import {
  createDriftSide,
  diffDriftSides,
  renderDrift,
  resolveDriftKind,
  SIGNATURE_STRATEGIES,
  type ColumnTolerance,
  type DriftReport,
  type DriftSideResult,
  type NamedPayload,
  type SignatureStrategy,
  type Tolerance,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import type { InputFile, StreamInput } from '../inputs/input-file.js';
import { decodeInput, readInputs } from '../inputs/read-inputs.js';
import { describePlace, streamEvents, type EventPlace } from '../inputs/stream-events.js';
import { validateInput, type InputResult } from '../inputs/validate-input.js';
import { STREAM_ABOVE, validateStreamInput } from '../inputs/validate-ndjson-file.js';
import { createFileProgress, type FileProgress } from '../output/file-progress.js';
import { writeRepeated } from '../output/write-listed.js';
import { writeText } from '../output/write-text.js';
import { createEventIdSet, idOfEvent } from '../workers/event-id-set.js';
import { createRepeatLog } from '../workers/repeat-log.js';

interface DiffCommandOptions {
  against: string[];
  kind?: PayloadKind;
  by?: string[];
  tolerance: Tolerance;
  failOn: 'shape' | 'numbers' | 'any';
  format: 'text' | 'json' | 'md';
  top: number;
  strategy: SignatureStrategy;
  quiet?: boolean;
}

/**
 * One side as its files were validated: payloads kept (usage stats, lists, invalid payloads compared for shape
 * only, standard input), or valid files of events to read again when the sides are compared, so that no event is
 * held; and the kinds of the payloads, to resolve the kind both sides are compared as.
 */
interface Side {
  entries: (
    { kept: NamedPayload; shapeOnly: boolean } | { reread: { name: string; path: string; streamed: boolean } }
  )[];
  kinds: Set<PayloadKind | null>;
  payloads: number;
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

const isEvent = (kind: PayloadKind | null) => kind === 'event' || kind === 'raw-event';

/** A valid file's payloads: events are only counted (read again later), anything else is kept. */
function addValid(
  side: Side,
  input: { name: string; path: string | null },
  values: readonly unknown[],
): void {
  const kinds = values.map((value) => detectKind(value).kind);
  for (const kind of kinds) side.kinds.add(kind);
  side.payloads += values.length;
  if (input.path !== null && values.length > 0 && kinds.every(isEvent)) {
    side.entries.push({ reread: { name: input.name, path: input.path, streamed: false } });
    return;
  }
  const many = values.length > 1;
  values.forEach((value, i) =>
    side.entries.push({
      kept: { name: many ? `${input.name}#${i + 1}` : input.name, value },
      shapeOnly: false,
    }),
  );
}

/**
 * Validates a large NDJSON file line by line, holding nothing of it: when it is valid, its kinds and count join
 * the side and it is read again when the sides are compared.
 */
async function checkStreamed(
  read: StreamInput,
  side: Side,
  kind: PayloadKind | undefined,
  onRead: (bytes: number) => void,
): Promise<[InputFile, InputResult | undefined]> {
  const kinds = new Set<PayloadKind | null>();
  let values = 0;
  const onValue = (value: unknown) => {
    kinds.add(detectKind(value).kind);
    values++;
  };
  const [file, result] = await validateStreamInput(read, { kind, onValue, onRead });
  if (result?.ok) {
    for (const k of kinds) side.kinds.add(k);
    side.payloads += values;
    side.entries.push({ reread: { name: read.name, path: read.path, streamed: true } });
  }
  return [file, result];
}

/** An invalid file: a JSON document that parses is compared for its shape only, anything else is left out. */
function addInvalid(side: Side, input: InputFile, result: InputResult, label: string, context: CliContext) {
  const first = result.issues.find((i) => i.severity === 'error') ?? result.issues[0];
  const where = first ? `:${first.line ?? 1}:${first.column ?? 1} ${first.pointer} ${first.message}` : '';
  const parsed =
    input.status === 'read' && input.format === 'json' ? parseText(input.name, input.text) : null;
  context.fail('cli.invalidInput');
  // a JSON array of events was validated element by element, like NDJSON: left out whole as NDJSON is
  const elements = parsed?.ok && Array.isArray(parsed.value) && isEvent(result.kind);
  if (parsed?.ok && !elements) {
    side.entries.push({ kept: { name: input.name, value: parsed.value }, shapeOnly: true });
    side.kinds.add(detectKind(parsed.value).kind);
    side.payloads++;
    context.stderr.write(`${input.name}${where} (invalid: compared for shape only)\n`);
  } else {
    context.stderr.write(`${input.name}${where} (invalid: left out of the ${label} side)\n`);
  }
}

/** Validates one side's files, one at a time (NDJSON over 64 MiB line by line), holding no event. */
async function readSide(
  args: string[],
  label: string,
  { kind, progress }: { kind: PayloadKind | undefined; progress: FileProgress },
  context: CliContext,
): Promise<Side> {
  const side: Side = { entries: [], kinds: new Set(), payloads: 0 };
  for await (const read of readInputs(args, { ...context, streamAbove: STREAM_ABOVE })) {
    const [input, result]: [InputFile, InputResult | undefined] =
      read.status === 'stream'
        ? await checkStreamed(read, side, kind, progress.onRead)
        : [read, read.status === 'read' ? validateInput(read, { kind }) : undefined];
    progress.fileDone(input, result?.documents ?? 0);
    if (input.status === 'unreadable' || (result !== undefined && !result.ok)) progress.clear();
    if (input.status === 'unreadable') {
      context.stderr.write(`${input.name}: unreadable: ${input.reason}\n`);
      context.fail('cli.unreadableInput');
    } else if (result === undefined || (input.status === 'stream' && result.ok)) {
      continue; // skipped, or streamed and counted
    } else if (result.ok) {
      addValid(side, input, result.values);
    } else {
      addInvalid(side, input, result, label, context);
    }
  }
  return side;
}

/**
 * The payloads of a file read whole again, decoded as `readInputs` decoded it the first time (gzip, UTF-16, a
 * byte-order mark), each with its NDJSON line (null for a JSON document): its validation passed, so each
 * document parses.
 */
async function readAgain(
  name: string,
  path: string,
): Promise<{ value: unknown; line: number | null; index?: number }[]> {
  const input = await decodeInput(name, path, readFileSync(path));
  if (input.status !== 'read') {
    const reason = input.status === 'unreadable' ? input.reason : input.status;
    throw new SentryOfflineError('cli.unreadableInput', `${name}: unreadable: ${reason}`);
  }
  if (input.format !== 'ndjson') {
    const value = JSON.parse(input.text) as unknown;
    // a JSON array read again is one of events (only files of events are read again): its elements, by index
    if (Array.isArray(value)) return value.map((element, index) => ({ value: element, line: null, index }));
    return [{ value, line: null }];
  }
  return input.text
    .split('\n')
    .flatMap((text, i) => (text.trim() === '' ? [] : [{ value: JSON.parse(text) as unknown, line: i + 1 }]));
}

/** A side folded for the comparison, and its events saved twice (counted as often as they were given). */
interface FoldedSide {
  result: DriftSideResult;
  repeated: { count: number; at: string[] };
}

/** Folds a side for the comparison: kept payloads as they are, files of events read again one event at a time. */
async function foldSide(
  side: Side,
  kind: PayloadKind | null,
  options: DiffCommandOptions,
  progress: FileProgress,
): Promise<FoldedSide> {
  const folded = createDriftSide(kind, { by: options.by, strategy: options.strategy });
  const repeats = createRepeatLog<string>(createEventIdSet());
  const add = (payload: NamedPayload, place: string, shapeOnly = false) => {
    folded.add(payload, { shapeOnly });
    const id = isEvent(kind) ? idOfEvent(payload.value) : null;
    if (id !== null) repeats.see(id, place);
  };
  for (const entry of side.entries) {
    if ('kept' in entry) {
      add(entry.kept, entry.kept.name, entry.shapeOnly);
      continue;
    }
    const { name, path, streamed } = entry.reread;
    if (streamed) {
      const onEvent = (value: unknown, place: EventPlace) => add({ name, value }, describePlace(place));
      const { events, bytes } = await streamEvents(path, onEvent, { name, onRead: progress.onRead });
      progress.fileDone(null, events, bytes);
    } else {
      const values = await readAgain(name, path);
      for (const { value, line, index } of values)
        add(
          { name, value },
          line !== null ? `${name}:${line}` : index !== undefined ? `${name}[${index}]` : name,
        );
      progress.fileDone(null, values.length);
    }
  }
  const at = repeats.listed.map(({ place, reason }) => `${place}: ${reason}`);
  return { result: folded.finish(), repeated: { count: repeats.count, at } };
}

async function compare(
  old: Side,
  next: Side,
  options: DiffCommandOptions,
  progress: FileProgress,
): Promise<{ report: DriftReport; sides: [FoldedSide, FoldedSide] }> {
  try {
    const kind = resolveDriftKind(old.kinds, next.kinds, options.kind);
    const sides: [FoldedSide, FoldedSide] = [
      await foldSide(old, kind, options, progress),
      await foldSide(next, kind, options, progress),
    ];
    const report = diffDriftSides(sides[0].result, sides[1].result, {
      tolerance: options.tolerance,
      top: options.top,
      strategy: options.strategy,
    });
    return { report, sides };
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
  // one progress line while the sides are validated, then one while their events are read again and compared
  const enabled = context.stderr.isTTY === true && options.quiet !== true;
  const checking = createFileProgress(context.stderr, enabled);
  const old = await readSide(args, 'old', { kind: options.kind, progress: checking }, context);
  const next = await readSide(options.against, 'new', { kind: options.kind, progress: checking }, context);
  checking.clear();
  for (const [side, label] of [
    [old, 'old'],
    [next, 'new (--against)'],
  ] as const) {
    if (side.payloads === 0) {
      throw new SentryOfflineError('cli.noInput', `no payload to compare on the ${label} side`, {
        details: { side: label },
      });
    }
  }
  const comparing = createFileProgress(context.stderr, enabled);
  const { report, sides } = await compare(old, next, options, comparing);
  comparing.clear();
  writeRepeated(sides[0].repeated, context, 'old');
  writeRepeated(sides[1].repeated, context, 'new (--against)');
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
    .option('-q, --quiet', 'no progress line on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sentry-offline diff exports/2026-10 --against exports/2026-11 --by category,outcome --tolerance 25%\n' +
        "  sentry-offline diff 'baseline/*.json' --against 'latest/*.json' --fail-on shape --format md\n" +
        '\nExit codes: 0 no drift beyond the tolerance, 1 drift (or invalid input), 2 usage error.',
    )
    .action((args: string[], options: DiffCommandOptions) => diffCommand(args, options, context));
}
