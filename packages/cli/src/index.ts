export { run } from './run.js';
export { createProgram } from './program.js';
export { createContext } from './context.js';
export type { CliContext, CliIo, OutputStream } from './context.js';
export { EXIT_CODES, EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL, exitCodeFor } from './exit-codes.js';

export { readInputs, STDIN_NAME } from './inputs/read-inputs.js';
export type { ReadInputsOptions } from './inputs/read-inputs.js';
export type {
  InputFile,
  InputFormat,
  ReadInput,
  SkippedInput,
  StreamInput,
  UnreadableInput,
} from './inputs/input-file.js';
export { streamEvents, readEventFile } from './inputs/stream-events.js';
export type { EventPlace, StreamEventsOptions, StreamEventsResult } from './inputs/stream-events.js';
export { parseJsonArray, scanValueEnd } from './inputs/split-json-array.js';
export type { ChunkSplitter } from './inputs/split-json-array.js';
export { splitLines } from './inputs/split-lines.js';
export { aggregateFrameFiles } from './workers/aggregate-frame-files.js';
export type {
  AggregateFrameFilesOptions,
  AggregateFrameFilesResult,
} from './workers/aggregate-frame-files.js';
export type { FrameInputFile } from './workers/plan-frame-tasks.js';
export type { FrameTaskOptions } from './workers/frame-task.js';
export { validateInput } from './inputs/validate-input.js';
export type { InputResult, ValidateInputOptions } from './inputs/validate-input.js';
export { addToSummary, fileStatus, formatSummary, EMPTY_SUMMARY } from './inputs/input-summary.js';
export type { FileStatus, InputSummary } from './inputs/input-summary.js';

export { writeTable } from './output/write-table.js';
export type { WriteTableOptions } from './output/write-table.js';
export { renderTerminalTable } from './output/render-terminal-table.js';
export type { TerminalTableOptions } from './output/render-terminal-table.js';
export { TABLE_FORMATS, formatOption } from './output/table-formats.js';
export type { TableFormat } from './output/table-formats.js';
export { openOutput } from './output/open-output.js';
export type { Output } from './output/open-output.js';
export { writeText } from './output/write-text.js';
