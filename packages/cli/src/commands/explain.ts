import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { SentryOfflineError, validate } from '@sentry-offline/schema';
import { tidyEvents } from '@sentry-offline/transform';
import {
  explainSignature,
  parseRules,
  SIGNATURE_STRATEGIES,
  type SignatureStrategy,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { STDIN_PATH } from '../inputs/input-file.js';
import { listInputFiles } from '../inputs/read-inputs.js';
import { describePlace, streamEvents, type EventPlace } from '../inputs/stream-events.js';
import { createRateLine } from '../output/rate-line.js';
import { writeText } from '../output/write-text.js';
import { idOfEvent } from '../workers/event-id-set.js';
import { notAnEvent } from '../workers/frame-aggregator.js';

interface ExplainCommandOptions {
  event?: string;
  strategy?: SignatureStrategy;
  depth: number;
  rules?: string;
  defaultRules: boolean;
  quiet?: boolean;
}

/** Standard input where the path names it, else none (the file is read). */
const stdinOf = (path: string, context: CliContext) => (path === STDIN_PATH ? context.stdin : undefined);

/** How many event ids a search that found nothing names. */
const IDS_NAMED = 5;

/**
 * The event to explain, from a file (or standard input) read as a stream up to it (the first event, or the one
 * with `eventId`): an export of any size, held one event at a time, and read only as far as the event. It must
 * be valid.
 */
async function findEvent(
  file: string,
  { event: eventId, quiet }: ExplainCommandOptions,
  context: CliContext,
): Promise<unknown> {
  const { files, problems } = await listInputFiles([file], {
    cwd: context.cwd,
    streamStdin: context.stdin !== undefined,
  });
  const unreadable = problems.find((problem) => problem.status === 'unreadable');
  if (files.length === 0 && unreadable !== undefined) {
    throw new SentryOfflineError(
      'cli.unreadableInput',
      `${unreadable.name}: unreadable: ${unreadable.reason}`,
    );
  }
  if (files.length === 0) throw new SentryOfflineError('cli.noInput', `${file}: no event file found`);
  const { name, path } = files[0];
  const found = new AbortController();
  let event: { value: unknown; place: EventPlace } | null = null;
  const ids: string[] = [];
  // a search through a large export takes a while: the events and bytes read so far, on a terminal
  const line = createRateLine(context.stderr, {
    enabled: context.stderr.isTTY === true && quiet !== true,
    interval: 100,
  });
  const read = { events: 0, bytes: 0 };
  const onRead = (bytes: number) => line.update({ events: read.events, bytes: (read.bytes += bytes) });
  const onEvent = (value: unknown, place: EventPlace) => {
    read.events++;
    const not = notAnEvent(value);
    if (not !== null) throw new SentryOfflineError('cli.invalidInput', `${describePlace(place)}: ${not}`);
    const id = idOfEvent(value);
    if (eventId === undefined || id === eventId) {
      event = { value, place };
      found.abort();
    } else if (id !== null && ids.length < IDS_NAMED) ids.push(id);
  };
  try {
    await streamEvents(path, onEvent, { name, signal: found.signal, source: stdinOf(path, context), onRead });
  } finally {
    line.done();
  }
  if (event === null) {
    throw new SentryOfflineError(
      'report.unknownEvent',
      eventId === undefined
        ? `no event to explain: ${name} holds none`
        : `no event "${eventId}" in ${name} (its first: ${ids.join(', ') || 'none with an id'})`,
      { details: { eventId: eventId ?? null } },
    );
  }
  const { value, place } = event as { value: unknown; place: EventPlace };
  const result = validate(value, { file: name });
  if (!result.ok) {
    const first = result.issues.find((issue) => issue.severity === 'error') ?? result.issues[0];
    const why = first ? ` ${first.pointer || '/'} ${first.message}` : '';
    throw new SentryOfflineError(
      'cli.invalidInput',
      `${describePlace(place)}: invalid:${why}: see \`sentry-offline validate ${file}\``,
    );
  }
  return value;
}

async function explainCommand(
  file: string,
  options: ExplainCommandOptions,
  context: CliContext,
): Promise<void> {
  const event = await findEvent(file, options, context);
  let rules;
  if (options.rules !== undefined) {
    const path = resolve(context.cwd, options.rules);
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new SentryOfflineError(
        'cli.unreadableInput',
        `--rules ${options.rules}: cannot read the rules file`,
        {
          cause: error,
        },
      );
    });
    rules = parseRules(text, { file: options.rules });
  }
  const text = explainSignature(tidyEvents([event]), {
    eventId: options.event,
    strategies: options.strategy ? [options.strategy] : SIGNATURE_STRATEGIES,
    depth: options.depth,
    rules,
    defaults: options.defaultRules,
  });
  await writeText(context.stdout, text);
}

/**
 * Registers `explain <event file> [--event ID] [--strategy S] [--rules FILE]`: why an event gets its signatures,
 * frame by frame, under each strategy.
 * @param program the root command
 * @param context the run's context
 * @example
 * registerExplainCommand(program, context);
 */
export function registerExplainCommand(program: Command, context: CliContext): void {
  program
    .command('explain')
    .description(
      'explain an event’s signatures frame by frame: normalised names, in-app rules, used or skipped',
    )
    .argument('<file>', 'an event file (API event detail or raw event JSON), or - for stdin')
    .option('--event <id>', 'which event of a file holding several (default: the first)')
    .addOption(
      new Option('--strategy <name>', 'explain one strategy only (default: all)').choices(
        SIGNATURE_STRATEGIES,
      ),
    )
    .option('--depth <n>', 'in-app frames in a sentry signature', (v) => Number.parseInt(v, 10), 5)
    .option('--rules <file>', 'stack-trace rules (see docs/guide/in-app-rules.md)')
    .option('--no-default-rules', 'do not apply the built-in rules')
    .option('-q, --quiet', 'no progress line on stderr while the event is searched for')
    .addHelpText('after', '\nExample:\n  sentry-offline explain exports/events/0a1b2c.json --strategy sentry')
    .action((file: string, options: ExplainCommandOptions) => explainCommand(file, options, context));
}
