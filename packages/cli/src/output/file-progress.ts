import type { OutputStream } from '../context.js';
import type { InputFile } from '../inputs/input-file.js';
import { createRateLine } from './rate-line.js';

/** The progress line of a command that reads its files one at a time (`validate`, `tidy`, `report`, `diff`). */
export interface FileProgress {
  /** Bytes of the file being streamed, just read (the line moves within a large file). */
  onRead(bytes: number): void;
  /**
   * A file is done: its documents and bytes (as stored; default those of a read or streamed input) are counted,
   * and the next file's reads start from zero.
   */
  fileDone(input: InputFile | null, documents: number, bytes?: number): void;
  /** Clears the line: before anything else is written to the terminal, and at the end. */
  clear(): void;
}

/**
 * A rate line (documents, MB, documents/s, MB/s, files) for a run over files, redrawn at most every 100 ms on
 * `stream`; a no-op when not enabled (the caller passes "stderr is a terminal and no --quiet").
 * @param stream the run's stderr
 * @param enabled whether to draw at all
 * @example
 * const progress = createFileProgress(context.stderr, context.stderr.isTTY === true);
 * for await (const input of readInputs(args, context)) progress.fileDone(input, check(input, progress.onRead));
 * progress.clear();
 */
export function createFileProgress(stream: OutputStream, enabled: boolean): FileProgress {
  const line = createRateLine(stream, { enabled, unit: 'documents', tasksUnit: 'files', interval: 100 });
  const done = { events: 0, bytes: 0, tasks: 0 };
  let streamed = 0;
  return {
    onRead: (bytes) => line.update({ ...done, bytes: done.bytes + (streamed += bytes) }),
    fileDone(
      input,
      documents,
      bytes = input?.status === 'read' || input?.status === 'stream' ? input.bytes : 0,
    ) {
      streamed = 0;
      done.events += documents;
      done.bytes += bytes;
      done.tasks++;
      line.update(done);
    },
    clear: () => line.done(),
  };
}
