import type { ColumnTable } from 'arquero';
import { columnValues } from '../util/column-values.js';
import { textOrNull } from '../util/text-or-null.js';
import type { StackFrame } from './event-stack.js';
import { frameLabel } from './frame-label.js';
import { frameLibrary } from './frame-library.js';
import { guessFamily } from './guess-family.js';
import { normaliseFunction } from './normalise/normalise-function.js';
import { platformFamily, type PlatformFamily } from './platform-family.js';
import { createClassifier, type FrameClass } from './rules/classify-frame.js';
import { resolveRules, type RulesInput } from './rules/resolve-rules.js';
import type { StackRule } from './rules/stack-rule.js';

/** A row index of the frames table. */
export type FrameRow = number;

const NAMES = [
  'instruction_addr',
  'frame_index',
  'function',
  'raw_function',
  'module',
  'package',
  'filename',
  'abs_path',
  'lineno',
  'in_app',
  'platform',
] as const;

function describeRule(rule: StackRule): string {
  return `${rule.source}:${rule.line} ${rule.text}`;
}

function inAppDecision(payload: unknown, decided: FrameClass): { inApp: boolean; inAppBy: string } {
  if (typeof payload === 'boolean') return { inApp: payload, inAppBy: 'payload' };
  return { inApp: decided.app ?? true, inAppBy: decided.appRule ? describeRule(decided.appRule) : 'default' };
}

function slashes(path: string | null): string | null {
  return path === null ? null : path.replace(/\\/g, '/');
}

/**
 * A function from the frame rows of one stack to its StackFrames, crash site first: names normalised (cached),
 * in-app from the payload or else the rules, `-group` applied, recursion marked.
 */
export function createFrameBuilder(
  frames: ColumnTable,
  { rules, defaults = true }: { rules?: RulesInput; defaults?: boolean },
): (rows: FrameRow[], eventPlatform: string | null) => StackFrame[] {
  const c = Object.fromEntries(NAMES.map((n) => [n, columnValues(frames, n) ?? { length: 0 }])) as Record<
    (typeof NAMES)[number],
    ArrayLike<unknown>
  >;
  const resolved = resolveRules(rules, defaults);
  const classify = createClassifier(resolved.all);
  const stdlib = createClassifier(resolved.stdlib);
  const names = new Map<string, string | null>();
  const normalise = (name: string | null, family: PlatformFamily): string | null => {
    if (name === null) return normaliseFunction(name, family);
    const key = family + '\u0001' + name;
    let hit = names.get(key);
    if (hit === undefined) names.set(key, (hit = normaliseFunction(name, family)));
    return hit;
  };
  const toFrame = (row: FrameRow, depth: number, eventPlatform: string | null): StackFrame => {
    const rawFunction = textOrNull(c.function[row]) ?? textOrNull(c.raw_function[row]);
    const known = platformFamily(textOrNull(c.platform[row]) ?? eventPlatform);
    const family =
      known === 'other'
        ? guessFamily(
            rawFunction,
            textOrNull(c.filename[row]) ?? textOrNull(c.abs_path[row]),
            c.instruction_addr[row] != null,
          )
        : known;
    const fn = normalise(rawFunction, family);
    const isModuleNamed = family === 'java' || family === 'dotnet';
    const rawModule = textOrNull(c.module[row]);
    const module = isModuleNamed && rawModule !== null ? normaliseFunction(rawModule, family) : rawModule;
    const subject = {
      family,
      module,
      function: fn,
      absPath: slashes(textOrNull(c.abs_path[row])),
      filename: slashes(textOrNull(c.filename[row])),
      package: slashes(textOrNull(c.package[row])),
    };
    const decided = classify(subject);
    const lineno = c.lineno[row] === null || c.lineno[row] === undefined ? null : Number(c.lineno[row]);
    const label = frameLabel({
      family,
      function: fn,
      module,
      package: subject.package,
      filename: subject.filename ?? subject.absPath,
      lineno,
    });
    return {
      depth,
      function: fn,
      rawFunction,
      module,
      package: subject.package,
      filename: subject.filename,
      absPath: subject.absPath,
      lineno,
      family,
      label,
      ...inAppDecision(c.in_app[row], decided),
      group: decided.group,
      groupBy: decided.groupRule ? describeRule(decided.groupRule) : null,
      stdlib: stdlib(subject).app === false,
      library: frameLibrary(subject),
      recursion: false,
    };
  };
  return (rows, eventPlatform) => {
    const sorted = [...rows].sort((a, b) => Number(c.frame_index[b] ?? b) - Number(c.frame_index[a] ?? a));
    const out: StackFrame[] = [];
    for (let depth = 0; depth < sorted.length; depth++) {
      const frame = toFrame(sorted[depth], depth, eventPlatform);
      const inner = out[depth - 1];
      if (inner && inner.label === frame.label && inner.inApp === frame.inApp) frame.recursion = true;
      out.push(frame);
    }
    return out;
  };
}
