import type { CrashFrame, CrashStack, CrashStackHead } from '@sentry-offline/transform';

/** A raw frame field in either spelling (`lineNo` or `lineno`), as the reader picks it. */
export function field(raw: Record<string, unknown>, camel: string, snake: string): unknown {
  const value = raw[camel];
  return value !== undefined ? value : raw[snake];
}

/** Whether a read value is what the reader makes of a raw one: the same string, number or boolean, or missing. */
const same = (read: string | number | boolean | null, raw: unknown) =>
  read === null ? raw === null || raw === undefined : read === raw;

/**
 * Whether a raw frame reads as `read` (with the event's platform), compared field by field on the raw values
 * without reading the frame. A value the reader would convert (a number where text is expected) does not compare
 * equal: such a frame is read instead, so a match never skips a check.
 */
function sameFrame(read: CrashFrame, raw: Record<string, unknown>, platform: string | null): boolean {
  const rawPlatform = raw.platform;
  return (
    same(read.function, raw.function) &&
    same(read.filename, raw.filename) &&
    same(read.lineno, field(raw, 'lineNo', 'lineno')) &&
    same(read.module, raw.module) &&
    same(read.inApp, field(raw, 'inApp', 'in_app')) &&
    same(read.rawFunction, field(raw, 'rawFunction', 'raw_function')) &&
    same(read.absPath, field(raw, 'absPath', 'abs_path')) &&
    same(read.package, raw.package) &&
    (rawPlatform === null || rawPlatform === undefined
      ? read.platform === platform
      : read.platform === rawPlatform) &&
    (read.instructionAddr === null) === same(null, field(raw, 'instructionAddr', 'instruction_addr'))
  );
}

function sameFrames(
  read: readonly CrashFrame[],
  raw: readonly Record<string, unknown>[],
  platform: string | null,
): boolean {
  if (read.length !== raw.length) return false;
  // outermost first: stacks that share a crash site usually differ in how they got there
  for (let i = 0; i < read.length; i++) if (!sameFrame(read[i], raw[i], platform)) return false;
  return true;
}

/** Same crash stack: the fields a stack's summary depends on (not the event's id, issue or date). */
export function sameStack(a: CrashStack, b: CrashStackHead): boolean {
  return (
    a.exceptionType === b.exceptionType &&
    a.source === b.source &&
    a.position === b.position &&
    a.platform === b.platform &&
    sameFrames(a.frames, b.rawFrames, b.platform)
  );
}
