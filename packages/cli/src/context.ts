import { exitCodeFor } from './exit-codes.js';
import { createColors, type Colors } from './output/colors.js';

/** A stream the CLI writes text to: `process.stdout`, a file stream, or a fake one in tests. */
export interface OutputStream {
  /** Writes a chunk; `false` means "wait for `drain`" (Node streams). */
  write(chunk: string): boolean | void;
  /** True for a terminal: colours and the `table` format's widths depend on it. */
  isTTY?: boolean;
  /** Terminal width in characters, when known. */
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

/** What {@link run} is given instead of `process`: tests pass fakes. */
export interface CliIo {
  /** Folder that relative paths, globs and `--out` are resolved against. */
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read when an argument is `-` (default: none, and `-` is reported as unreadable). */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** Environment variables, for `NO_COLOR` (default `{}`). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What every command's action gets: the streams, colours, and a way to set the exit code. */
export interface CliContext {
  readonly cwd: string;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: AsyncIterable<string | Uint8Array> | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** ANSI colours for stdout and stderr; no-ops unless the stream is a TTY and `NO_COLOR` is unset. */
  readonly colors: { readonly out: Colors; readonly err: Colors };
  /**
   * Records an outcome without stopping the command (e.g. `cli.invalidInput` after a file failed validation):
   * the run exits with the largest exit code recorded, from `EXIT_CODES`.
   */
  fail(code: string): void;
  /** The exit code recorded so far (0 when nothing failed). */
  readonly exitCode: number;
}

/**
 * Builds the context shared by the commands of one run.
 * @param io the streams, working folder and environment
 * @example
 * const context = createContext({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
 */
export function createContext({ cwd, stdout, stderr, stdin, env = {} }: CliIo): CliContext {
  let exitCode = 0;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return {
    cwd,
    stdout,
    stderr,
    stdin,
    env,
    colors: {
      out: createColors(stdout.isTTY === true && !noColor),
      err: createColors(stderr.isTTY === true && !noColor),
    },
    fail(code: string) {
      exitCode = Math.max(exitCode, exitCodeFor(code));
    },
    get exitCode() {
      return exitCode;
    },
  };
}
