import type { ColumnTable } from 'arquero';
import type { CrashFrame } from '@sentry-offline/transform';
import { createFrameBuilder } from '../build-stack-frames.js';
import type { StackFrame } from '../event-stack.js';
import type { RulesInput } from '../rules/resolve-rules.js';

const COLUMNS = {
  instruction_addr: 'instructionAddr',
  frame_index: 'frameIndex',
  function: 'function',
  raw_function: 'rawFunction',
  module: 'module',
  package: 'package',
  filename: 'filename',
  abs_path: 'absPath',
  lineno: 'lineno',
  in_app: 'inApp',
  platform: 'platform',
} as const;

/**
 * The stack builder of the table path, fed one stack at a time through columns that look like a frames table's:
 * frames are normalised, classified and marked exactly as `aggregateFrames` does it, by the same code.
 */
export function createStackBuilder(options: { rules?: RulesInput; defaults: boolean }) {
  const c = Object.fromEntries(Object.keys(COLUMNS).map((name) => [name, [] as unknown[]])) as Record<
    keyof typeof COLUMNS,
    unknown[]
  >;
  const table = { columnNames: () => Object.keys(COLUMNS), array: (name: keyof typeof COLUMNS) => c[name] };
  const build = createFrameBuilder(table as unknown as ColumnTable, options);
  return (frames: readonly CrashFrame[], eventPlatform: string | null): StackFrame[] => {
    const rows: number[] = [];
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i];
      c.instruction_addr[i] = f.instructionAddr;
      c.frame_index[i] = f.frameIndex;
      c.function[i] = f.function;
      c.raw_function[i] = f.rawFunction;
      c.module[i] = f.module;
      c.package[i] = f.package;
      c.filename[i] = f.filename;
      c.abs_path[i] = f.absPath;
      c.lineno[i] = f.lineno;
      c.in_app[i] = f.inApp;
      c.platform[i] = f.platform;
      rows.push(i);
    }
    return build(rows, eventPlatform);
  };
}
