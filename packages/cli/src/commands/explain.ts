import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { SentryOfflineError } from '@sentry-offline/schema';
import { tidyEvents } from '@sentry-offline/transform';
import {
  explainSignature,
  parseRules,
  SIGNATURE_STRATEGIES,
  type SignatureStrategy,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { readInputs } from '../inputs/read-inputs.js';
import { validateInput } from '../inputs/validate-input.js';
import { writeText } from '../output/write-text.js';

interface ExplainCommandOptions {
  event?: string;
  strategy?: SignatureStrategy;
  depth: number;
  rules?: string;
  defaultRules: boolean;
}

async function readEvents(file: string, context: CliContext): Promise<unknown[]> {
  for await (const input of readInputs([file], context)) {
    if (input.status === 'unreadable') {
      throw new SentryOfflineError('cli.unreadableInput', `${input.name}: unreadable: ${input.reason}`);
    }
    if (input.status !== 'read') continue;
    const result = validateInput(input);
    if (!result.ok) {
      throw new SentryOfflineError(
        'cli.invalidInput',
        `${input.name}: invalid: see \`sentry-offline validate ${file}\``,
      );
    }
    if (result.kind !== 'event' && result.kind !== 'raw-event') {
      throw new SentryOfflineError(
        'cli.invalidInput',
        `${input.name}: a ${result.kind} payload, not an event`,
      );
    }
    return result.values;
  }
  throw new SentryOfflineError('cli.noInput', `${file}: no event file found`);
}

async function explainCommand(
  file: string,
  options: ExplainCommandOptions,
  context: CliContext,
): Promise<void> {
  const events = await readEvents(file, context);
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
  const text = explainSignature(tidyEvents(events), {
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
    .addHelpText('after', '\nExample:\n  sentry-offline explain exports/events/0a1b2c.json --strategy sentry')
    .action((file: string, options: ExplainCommandOptions) => explainCommand(file, options, context));
}
