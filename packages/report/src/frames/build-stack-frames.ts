import type { ColumnTable } from 'arquero';
import { columnValues } from '../util/column-values.js';
import { textOrNull } from '../util/text-or-null.js';
import type { StackFrame } from './event-stack.js';
import { frameLabel } from './frame-label.js';
import { frameLibrary } from './frame-library.js';
import { guessFamily } from './guess-family.js';
import { normaliseFunction } from './normalise/normalise-function.js';
import { platformFamily, type PlatformFamily } from './platform-family.js';
import { createClassifier, subjectKey, type FrameClass } from './rules/classify-frame.js';
import { resolveRules, type RulesInput } from './rules/resolve-rules.js';
import type { StackRule } from './rules/stack-rule.js';

// about 400 bytes a built frame: the cache stays under ~20 MB whatever the input (it starts again when full)
const MAX_CACHE = 50_000;

/** A built frame and the raw values (beyond function, file and line) it was built from. */
interface CachedFrame {
  platform: unknown;
  rawFunction: unknown;
  module: unknown;
  package: unknown;
  absPath: unknown;
  inApp: unknown;
  hasAddress: boolean;
  frame: StackFrame;
}

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

/** A copy of a cached frame at another depth (an explicit literal: one object shape, faster than a spread). */
function withDepth(f: StackFrame, depth: number): StackFrame {
  return {
    depth,
    function: f.function,
    rawFunction: f.rawFunction,
    module: f.module,
    package: f.package,
    filename: f.filename,
    absPath: f.absPath,
    lineno: f.lineno,
    family: f.family,
    label: f.label,
    inApp: f.inApp,
    inAppBy: f.inAppBy,
    group: f.group,
    groupBy: f.groupBy,
    stdlib: f.stdlib,
    library: f.library,
    recursion: false,
  };
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
  // frames repeat across events: build each distinct frame once, found by a short key (function, file, line)
  // and checked on the other fields, and copy it with its depth
  const frameCache = new Map<string, CachedFrame[]>();
  let cachedFrames = 0;
  const same = (e: CachedFrame, row: FrameRow, platform: unknown): boolean =>
    e.platform === platform &&
    e.rawFunction === c.raw_function[row] &&
    e.module === c.module[row] &&
    e.package === c.package[row] &&
    e.absPath === c.abs_path[row] &&
    e.inApp === c.in_app[row] &&
    e.hasAddress === (c.instruction_addr[row] != null);
  const cached = (row: FrameRow, depth: number, eventPlatform: string | null): StackFrame => {
    const platform = c.platform[row] ?? eventPlatform;
    const key = `${c.function[row]}\u0001${c.filename[row]}\u0001${c.lineno[row]}`;
    let entries = frameCache.get(key);
    const hit = entries?.find((e) => same(e, row, platform));
    if (hit) return withDepth(hit.frame, depth);
    if (cachedFrames >= MAX_CACHE) {
      frameCache.clear();
      cachedFrames = 0;
      entries = undefined;
    }
    if (!entries) frameCache.set(key, (entries = []));
    const frame = toFrame(row, 0, eventPlatform);
    entries.push({
      platform,
      rawFunction: c.raw_function[row],
      module: c.module[row],
      package: c.package[row],
      absPath: c.abs_path[row],
      inApp: c.in_app[row],
      hasAddress: c.instruction_addr[row] != null,
      frame,
    });
    cachedFrames++;
    return withDepth(frame, depth);
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
    const key = subjectKey(subject);
    const decided = classify(subject, key);
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
      stdlib: stdlib(subject, key).app === false,
      library: frameLibrary(subject),
      recursion: false,
    };
  };
  const index = (row: FrameRow) => Number(c.frame_index[row] ?? row);
  return (rows, eventPlatform) => {
    // crash site first: the rows of one stack usually come oldest call first, so a reversal does it
    let ascending = true;
    for (let i = 1; ascending && i < rows.length; i++) ascending = index(rows[i - 1]) < index(rows[i]);
    const sorted = ascending ? rows.slice().reverse() : [...rows].sort((a, b) => index(b) - index(a));
    const out: StackFrame[] = [];
    for (let depth = 0; depth < sorted.length; depth++) {
      const frame = cached(sorted[depth], depth, eventPlatform);
      const inner = out[depth - 1];
      if (inner && inner.label === frame.label && inner.inApp === frame.inApp) frame.recursion = true;
      out.push(frame);
    }
    return out;
  };
}
