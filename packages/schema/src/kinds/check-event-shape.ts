import type { Finding } from '../types.js';
import { EVENT_TYPES, LEVELS } from '../vocabulary.js';
import { describeValue } from '../util/describe-value.js';
import { eventIdFinding } from '../util/event-id-finding.js';
import { toPointer } from '../util/pointer.js';
import { unknownValueFinding } from '../util/unknown-value-finding.js';

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of frames and where it is. */
export interface FrameListView {
  path: Path;
  frames: readonly unknown[];
}

/** One exception of the chain, whatever the event shape. */
export interface ExceptionView {
  path: Path;
  value: unknown;
  /** The key of the thread id in this shape (`threadId` or `thread_id`). */
  threadIdKey: string;
  stack: FrameListView | null;
}

/** One thread, whatever the event shape. */
export interface ThreadView {
  path: Path;
  value: unknown;
  stack: FrameListView | null;
}

/** An event reduced to what the shape checks need; built by `checkEvent` and `checkRawEvent`. */
export interface EventView {
  shape: 'api' | 'raw';
  /** The key of the event id (`eventID` or `event_id`). */
  idKey: string;
  event: Obj;
  exceptions: ExceptionView[];
  threads: ThreadView[];
  /** Standalone stack traces (the deprecated `stacktrace` entry or interface). */
  stacks: FrameListView[];
  /** The breadcrumbs and where their list is (absent when the event has none). */
  breadcrumbs?: { path: Path; values: readonly unknown[] };
}

/** What validation learns about an event (API detail or raw event JSON) besides its issues. */
export interface EventFacts {
  /** `api`: the event detail with `entries[]` and camelCase frames; `raw`: stored or ingested event JSON. */
  shape: 'api' | 'raw';
  eventId: string | null;
  platform: string | null;
  type: string | null;
  /** Exceptions in the chain (null entries included). */
  exceptions: number;
  threads: number;
  /** The id of the thread marked crashed (the first one when several are), or null. */
  crashedThread: number | string | null;
  /** Frames of exceptions, threads and standalone stack traces (raw, unsymbolicated stacks not counted). */
  frames: number;
}

// hasForeign is `foreign.some((k) => k in frame)` written out: one `in` per key name is many times faster than a
// loop over the names (whose single `in` sees every name), and it runs for every frame
const FRAME_KEYS = {
  api: {
    fn: ['function', 'rawFunction', 'symbol'],
    file: ['filename', 'absPath', 'module'],
    addr: ['instructionAddr'],
    foreign: ['lineno', 'colno', 'in_app', 'abs_path', 'instruction_addr', 'raw_function', 'context_line'],
    hasForeign: (f: Obj) =>
      'lineno' in f ||
      'colno' in f ||
      'in_app' in f ||
      'abs_path' in f ||
      'instruction_addr' in f ||
      'raw_function' in f ||
      'context_line' in f,
  },
  raw: {
    fn: ['function', 'raw_function', 'symbol'],
    file: ['filename', 'abs_path', 'module'],
    addr: ['instruction_addr'],
    foreign: ['lineNo', 'colNo', 'inApp', 'absPath', 'instructionAddr', 'rawFunction'],
    hasForeign: (f: Obj) =>
      'lineNo' in f ||
      'colNo' in f ||
      'inApp' in f ||
      'absPath' in f ||
      'instructionAddr' in f ||
      'rawFunction' in f,
  },
} as const;

/** The keys that name a frame (function, file or address), in the order the message lists them. */
const NAMED_KEYS = {
  api: [...FRAME_KEYS.api.fn, ...FRAME_KEYS.api.file, ...FRAME_KEYS.api.addr],
  raw: [...FRAME_KEYS.raw.fn, ...FRAME_KEYS.raw.file, ...FRAME_KEYS.raw.addr],
} as const;

/** True when some of `keys` holds a value other than undefined, null or `""` (a plain loop: this runs per frame). */
function present(o: Obj, keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const v = o[keys[i]];
    if (v !== undefined && v !== null && v !== '') return true;
  }
  return false;
}

/** The keys of the other shape found in the frames from `first` on, in order of first appearance. */
function foreignKeys(frames: readonly unknown[], first: number, keys: readonly string[]): string[] {
  const foreign = new Set<string>();
  for (let i = first; i < frames.length; i++) {
    const frame = frames[i];
    if (isObject(frame)) for (const k of keys) if (k in frame) foreign.add(k);
  }
  return [...foreign];
}

function frameFindings(shape: 'api' | 'raw', list: FrameListView, findings: Finding[]): void {
  const keys = FRAME_KEYS[shape];
  const named = NAMED_KEYS[shape];
  const frames = list.frames;
  let firstForeign = -1;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    if (!isObject(frame)) continue;
    if (!present(frame, named)) {
      findings.push({
        pointer: toPointer([...list.path, i]),
        keyword: 'frameShape',
        message: `a frame with no function, file or instruction address (expected one of ${named.join(', ')}): nothing to show or group it by`,
      });
    }
    if (firstForeign < 0 && keys.hasForeign(frame)) firstForeign = i;
  }
  if (firstForeign >= 0) {
    const foreign = foreignKeys(frames, firstForeign, keys.foreign);
    const style = shape === 'api' ? 'snake_case' : 'camelCase';
    const expected =
      shape === 'api'
        ? 'the API event detail writes camelCase (lineNo, inApp, absPath)'
        : 'raw event JSON writes snake_case (lineno, in_app, abs_path)';
    findings.push({
      pointer: toPointer([...list.path, firstForeign]),
      keyword: 'frameKeys',
      message: `frames use ${style} keys ${foreign.map((k) => `"${k}"`).join(', ')} but ${expected}: a hand-written or converted payload; these keys may be ignored`,
    });
  }
}

interface ThreadIndex {
  /** Ids of the threads marked crashed, in order. */
  crashed: (number | string)[];
  /** Every thread id (as a string) and where the thread is. */
  ids: Map<string, Path>;
}

function threadFindings(view: EventView, findings: Finding[]): ThreadIndex {
  const crashed: (number | string)[] = [];
  let firstCrashed: Path | null = null;
  const seen = new Map<string, Path>();
  for (let n = 0; n < view.threads.length; n++) {
    const t = view.threads[n];
    if (!isObject(t.value)) continue;
    const id = t.value.id;
    if (typeof id === 'number' || typeof id === 'string') {
      const prior = seen.get(String(id));
      if (prior) {
        findings.push({
          pointer: toPointer([...t.path, 'id']),
          keyword: 'threadShape',
          message: `thread id ${describeValue(id)} is also the id of ${toPointer(prior)}: thread ids must be unique`,
        });
      } else seen.set(String(id), t.path);
    }
    if (t.value.crashed !== true) continue;
    if (firstCrashed) {
      findings.push({
        pointer: toPointer([...t.path, 'crashed']),
        keyword: 'threadShape',
        message: `a second thread marked crashed (the first is ${toPointer(firstCrashed)}): at most one thread crashes`,
      });
    } else firstCrashed = t.path;
    if (typeof id === 'number' || typeof id === 'string') crashed.push(id);
  }
  return { crashed, ids: seen };
}

/** What titles an exception: one of them must hold something. */
const TITLE_KEYS = ['type', 'value'];

function exceptionFindings(view: EventView, threads: ThreadIndex, findings: Finding[]): void {
  for (let n = 0; n < view.exceptions.length; n++) {
    const e = view.exceptions[n];
    const v = e.value;
    if (!isObject(v) || !present(v, TITLE_KEYS)) {
      findings.push({
        pointer: toPointer(e.path),
        keyword: 'exceptionShape',
        message: `${v === null ? 'a null exception' : 'an exception with neither "type" nor "value"'} in the chain: nothing to title or group it by`,
      });
    }
    const tid = isObject(v) ? v[e.threadIdKey] : null;
    if (tid === undefined || tid === null || threads.ids.has(String(tid))) continue;
    const have = [...threads.ids.keys()];
    findings.push({
      pointer: toPointer([...e.path, e.threadIdKey]),
      keyword: 'threadShape',
      message: `points to thread ${describeValue(tid)}, but ${have.length ? `the threads are ${have.join(', ')}` : 'the event has no threads'}`,
    });
  }
}

function breadcrumbFindings(view: EventView, findings: Finding[]): void {
  view.breadcrumbs?.values.forEach((crumb, i) => {
    const level = isObject(crumb) ? crumb.level : null;
    if (typeof level === 'string' && !(LEVELS as readonly string[]).includes(level)) {
      findings.push(
        unknownValueFinding(
          [...(view.breadcrumbs?.path ?? []), i, 'level'],
          level,
          'breadcrumb level',
          LEVELS,
        ),
      );
    }
  });
}

function vocabularyFindings(event: Obj, findings: Finding[]): void {
  const { type, level } = event;
  if (typeof type === 'string' && !(EVENT_TYPES as readonly string[]).includes(type)) {
    findings.push(unknownValueFinding(['type'], type, 'event type', EVENT_TYPES));
  }
  if (typeof level === 'string' && !(LEVELS as readonly string[]).includes(level)) {
    findings.push(unknownValueFinding(['level'], level, 'level', LEVELS));
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The frame lists of the exceptions, then the threads, then the standalone stack traces. */
function frameLists(view: EventView): FrameListView[] {
  const lists: FrameListView[] = [];
  // indexed loops: this runs per event, and for…of costs the optimising compiler more
  const { exceptions, threads, stacks } = view;
  for (let i = 0; i < exceptions.length; i++) {
    const stack = exceptions[i].stack;
    if (stack) lists.push(stack);
  }
  for (let i = 0; i < threads.length; i++) {
    const stack = threads[i].stack;
    if (stack) lists.push(stack);
  }
  for (let i = 0; i < stacks.length; i++) lists.push(stacks[i]);
  return lists;
}

/**
 * The checks shared by `event` and `raw-event` that JSON Schema cannot express: the event id, event type and level,
 * exceptions without type or value, threads crashed twice or with duplicate ids, exception thread ids that point
 * to no thread, frames without function, file or address, and frame keys of the other shape.
 * @param view the event reduced to its exceptions, threads and stack traces
 * @example
 * const { findings, facts } = checkEventShape(view); // facts.frames, facts.crashedThread, …
 */
export function checkEventShape(view: EventView): { findings: Finding[]; facts: EventFacts } {
  const findings: Finding[] = [];
  const idFinding = eventIdFinding([view.idKey], view.event[view.idKey]);
  if (idFinding) findings.push(idFinding);
  vocabularyFindings(view.event, findings);
  breadcrumbFindings(view, findings);
  const threads = threadFindings(view, findings);
  exceptionFindings(view, threads, findings);
  let frames = 0;
  const lists = frameLists(view);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    frameFindings(view.shape, list, findings);
    frames += list.frames.length;
  }
  return {
    findings,
    facts: {
      shape: view.shape,
      eventId: str(view.event[view.idKey]),
      platform: str(view.event.platform),
      type: str(view.event.type),
      exceptions: view.exceptions.length,
      threads: view.threads.length,
      crashedThread: threads.crashed[0] ?? null,
      frames,
    },
  };
}
