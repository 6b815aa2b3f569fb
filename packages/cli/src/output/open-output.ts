import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { CliContext, OutputStream } from '../context.js';
import { describeFsError } from '../inputs/describe-fs-error.js';

/** Where a command writes its data: stdout, or a file named by `--out`. */
export interface Output {
  stream: OutputStream;
  /** Finishes the file (a no-op for stdout); rejects with `cli.outputFailed` when the file could not be written. */
  close(): Promise<void>;
  /**
   * Writes bytes (a binary format) to the file, waiting for it to drain; rejects with `cli.outputFailed` when it
   * cannot, and with `cli.usage` for stdout (binary data never goes to a terminal or a pipe of text).
   */
  writeBytes(bytes: Uint8Array): Promise<void>;
  /** Closes and removes the file of a run that failed half-way (a no-op for stdout, which cannot take it back). */
  discard(): Promise<void>;
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
  if (out === undefined || out === '-') {
    return {
      stream: context.stdout,
      close: async () => {},
      writeBytes: () => Promise.reject(new SentryOfflineError('cli.usage', 'binary output needs --out FILE')),
      discard: async () => {},
    };
  }
  const path = resolve(context.cwd, out);
  const file = createWriteStream(path);
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
    writeBytes: (bytes) =>
      new Promise<void>((done, fail) => {
        if (failure !== null) return fail(outputFailed(out, failure));
        if (file.write(bytes)) return done();
        const settle = () => {
          file.off('drain', settle).off('error', settle);
          return failure === null ? done() : fail(outputFailed(out, failure));
        };
        file.on('drain', settle).on('error', settle);
      }),
    discard: async () => {
      if (!file.closed) await new Promise<void>((done) => file.once('close', () => done()).destroy());
      await rm(path, { force: true });
    },
  };
}
