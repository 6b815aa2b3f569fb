import { CommanderError } from 'commander';
import { isSentryOfflineError } from '@sentry-offline/schema';
import { createContext, type CliContext, type CliIo } from './context.js';
import { EXIT_INTERNAL, exitCodeFor } from './exit-codes.js';
import { createProgram } from './program.js';
import { printable } from './util/format-cell.js';

function report(error: unknown, context: CliContext): number {
  const { stderr, colors } = context;
  if (error instanceof CommanderError) {
    // commander has printed its message already (through configureOutput)
    return error.exitCode === 0 ? 0 : exitCodeFor(error.code);
  }
  if (isSentryOfflineError(error)) {
    // multi-line messages stay multi-line; every other control character is escaped
    const message = error.message.split('\n').map(printable).join('\n');
    stderr.write(`${colors.err.red('error')}: ${message} ${colors.err.dim(`(${error.code})`)}\n`);
    return Math.max(context.exitCode, exitCodeFor(error.code));
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(
    `${colors.err.red('internal error')}: ${printable(message)}\n` +
      'this is a bug in sentry-offline: please report it with the command you ran' +
      ' (set SENTRY_OFFLINE_DEBUG=1 to see the stack trace)\n',
  );
  if (context.env.SENTRY_OFFLINE_DEBUG && error instanceof Error && error.stack)
    stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}

/**
 * Runs the sentry-offline CLI in-process: parses `argv` (the arguments after the program name), runs the
 * command, and resolves to the exit code. Never exits the process and never throws: usage errors, invalid
 * input and bugs all end as a message on `io.stderr` and an exit code (0 ok, 1 invalid input or failed gate,
 * 2 usage error, 3 internal error; see `EXIT_CODES`).
 * @param argv the arguments, e.g. `['validate', 'fixtures', '--format', 'json']`
 * @param io the working folder, streams, optional stdin (for `-`) and environment (for `NO_COLOR`)
 * @example
 * const code = await run(['validate', 'june.json'], { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const context = createContext(io);
  try {
    const program = createProgram(context);
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return report(error, context);
  }
}
