import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerDiffCommand } from './commands/diff.js';
import { registerDropsCommand } from './commands/drops.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerFramesCommand } from './commands/frames.js';
import { registerReportCommand } from './commands/report.js';
import { registerTidyCommand } from './commands/tidy.js';
import { registerValidateCommand } from './commands/validate.js';
import type { CliContext } from './context.js';

/** The CLI's version, from its package.json (one folder up from both src/ and dist/). */
function readVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/**
 * Builds a fresh commander program for one run, writing through the context's streams and throwing
 * `CommanderError` instead of exiting (`exitOverride`), so that `run` can turn everything into an exit code.
 *
 * To add a command: write `src/commands/<name>.ts` exporting `register<Name>Command(program, context)`, which
 * calls `program.command('<name>')…action(async (…) => …)`, and add one `register…` line below. Read inputs with
 * `readInputs` + `validateInput`, write tables with `openOutput` + `writeTable`, record failures with
 * `context.fail('<code>')` (see `EXIT_CODES`) or throw a `SentryOfflineError`; never call `process`.
 * @param context the run's streams, colours and exit-code state
 * @example
 * await createProgram(context).parseAsync(['validate', 'june.json'], { from: 'user' });
 */
export function createProgram(context: CliContext): Command {
  const program = new Command('sentry-offline')
    .description('Validate, tidy and report on saved Sentry API responses, offline.')
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      getOutHelpWidth: () => context.stdout.columns ?? 80,
      getErrHelpWidth: () => context.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => write(context.colors.err.red(text)),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 all good, 1 invalid or unreadable input or a failed gate, 2 usage error, 3 internal error.\n' +
        'Set NO_COLOR to turn colours off. Docs: docs/cli.md',
    );

  registerValidateCommand(program, context);
  registerTidyCommand(program, context);
  registerDropsCommand(program, context);
  registerFramesCommand(program, context);
  registerExplainCommand(program, context);
  registerDiffCommand(program, context);
  registerReportCommand(program, context);
  return program;
}
