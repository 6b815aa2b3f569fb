import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { CliContext, OutputStream } from '../context.js';
import { describeFsError } from '../inputs/describe-fs-error.js';

/** Where a command writes its data: stdout, or a file named by `--out`. */
export interface Output {
  stream: OutputStream;
  /** Finishes the file (a no-op for stdout); rejects with `cli.outputFailed` when the file could not be written. */
  close(): Promise<void>;
}

function outputFailed(out: string, error: unknown): SentryOfflineError {
  const { code, reason } = describeFsError(error);
  return new SentryOfflineError('cli.outputFailed', `cannot write ${out}: ${reason}`, {
    details: { file: out, code },
    cause: error,
  });
}

/**
 * Opens the destination of a command's data: `context.stdout`, or the file `out` (relative to `context.cwd`),
 * created or replaced. A file that cannot be opened or written is a `cli.outputFailed` error.
 * @param context the run's context
 * @param out a file path (default: stdout)
 * @example
 * const output = await openOutput(context, options.out);
 * await writeTable(table, output.stream, { format: 'csv' });
 * await output.close();
 */
export async function openOutput(context: CliContext, out?: string): Promise<Output> {
  if (out === undefined || out === '-') return { stream: context.stdout, close: async () => {} };
  const file = createWriteStream(resolve(context.cwd, out));
  let failure: unknown = null;
  file.on('error', (error) => (failure ??= error));
  await new Promise<void>((done) => {
    file.once('open', () => done());
    file.once('error', () => done());
  });
  if (failure !== null) throw outputFailed(out, failure);
  return {
    stream: file,
    close: () =>
      new Promise<void>((done, fail) => {
        if (failure !== null) return fail(outputFailed(out, failure));
        file.once('error', (error) => fail(outputFailed(out, error)));
        file.end(() => done());
      }),
  };
}
