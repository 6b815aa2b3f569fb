import {
  createEventColumnReader,
  EVENT_TABLE_COLUMNS,
  findCrashStack,
  type CrashStack,
  type CrashStackHead,
} from '@sentry-offline/transform';
import { SentryOfflineError } from '@sentry-offline/schema';
import type { EventStack } from '../event-stack.js';
import type { RulesInput } from '../rules/resolve-rules.js';
import { assertStrategy } from '../signatures.js';
import type { SignatureStrategy, StrategyOptions } from '../strategies/signature-result.js';
import { emptyFrameAggregate, type FrameAggregate } from './frame-aggregate.js';
import { createStackBuilder } from './create-stack-builder.js';
import { createFrameInterner } from './intern-frame-text.js';
import { field, sameStack } from './same-stack.js';
import {
  addToSignature,
  addToSplit,
  applyStackSummary,
  summariseStack,
  type StackSummary,
} from './stack-summary.js';

/** Options of {@link createFrameAggregator}. */
export interface FrameAggregatorOptions extends StrategyOptions {
  /** Signature strategy (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
  /** Read `rawStacktrace` where present (default `false`). */
  rawStacktraces?: boolean;
  /**
   * Columns of the events table to split signature counts by, as in {@link aggregateFrames} (default none;
   * `sdk` means `sdk_name`): each event's values are read as `tidyEvents` reads them, without its tables.
   */
  by?: readonly string[];
}

/** Events in, one at a time; a frame aggregate out. */
export interface FrameAggregator {
  /** Folds one parsed event in; throws `transform.invalidEvent` (and counts nothing) on a wrong field type. */
  add(event: unknown): void;
  /**
   * The aggregate of the events added since the last `flush` (or since the start), and a fresh one for the events
   * to come; the caches of stacks already built stay warm. For a worker that sends partial aggregates as it goes:
   * the partials merged with `mergeFrameAggregates` equal the aggregate of all the events.
   */
  flush(): FrameAggregate;
  /** The aggregate of the events added since the last `flush`. The aggregator is spent: `add` afterwards throws. */
  finish(): FrameAggregate;
  /** Events added (transactions included, though the aggregate leaves them out; rejected events not). */
  readonly count: number;
}

// caches only save work: past these sizes they start again, so memory stays flat however many events go through
const MAX_STACKS = 10_000;
const MAX_PER_KEY = 64;
const INTERN_ABOVE = 2048;

interface StackEntry {
  crash: CrashStack;
  summary: StackSummary;
  events: number;
}

/** The `by` columns as the events table names them, checked: a split by a column it lacks throws. */
function splitColumns(by: readonly string[]): string[] {
  const dims = by.map((d) => (d === 'sdk' ? 'sdk_name' : d));
  const missing = dims.find((d) => !(EVENT_TABLE_COLUMNS as string[]).includes(d));
  if (missing !== undefined) {
    throw new SentryOfflineError(
      'report.unknownColumn',
      `by: the events table has no column "${missing}" (have: ${EVENT_TABLE_COLUMNS.join(', ')})`,
      { details: { column: missing } },
    );
  }
  return dims;
}

/**
 * Creates a streaming frame aggregator: the fast path of {@link aggregateFrames} for events read one at a time
 * (NDJSON, a folder of files, a worker thread's share). Each event gives only its crash stack
 * (`findCrashStack`: no tables, breadcrumbs, tags or vars); a stack seen before is found by its crash site and
 * compared frame by frame on the raw values, so that most events cost a few comparisons on top of `JSON.parse`; a
 * new stack is read, built by the table path's frame builder, signed and summarised once, and its field counts
 * are added per stack, not per event. The aggregate equals `aggregateFrames(tidyEvents(events))` for events with distinct ids.
 * With `by`, each event's split values are read as `tidyEvents` reads them (`createEventColumnReader`): a wrong
 * type in the fields that reads (the event's own fields, tags, contexts) throws as it would there.
 * @param options strategy (default `'sentry'`), rules (default none), defaults (default `true`), depth (default
 *   `5`), maxLength (default `255`), rawStacktraces (default `false`), by (default none)
 * @example
 * const aggregator = createFrameAggregator({ strategy: 'top-frame' });
 * for (const line of ndjson.split('\n')) if (line) aggregator.add(JSON.parse(line));
 * finishFrameAggregate(aggregator.finish(), { top: 50 }).crashSites.print();
 */
export function createFrameAggregator({
  strategy = 'sentry',
  rules,
  defaults = true,
  depth = 5,
  maxLength = 255,
  rawStacktraces = false,
  by = [],
}: FrameAggregatorOptions = {}): FrameAggregator {
  assertStrategy(strategy);
  const spent = (call: 'add' | 'flush'): never => {
    throw new SentryOfflineError('report.aggregatorFinished', `frame aggregator: ${call}() after finish()`);
  };
  const dims = splitColumns(by);
  const readColumns = dims.length > 0 ? createEventColumnReader(dims) : null;
  const options = { depth, maxLength, notes: false };
  let state = emptyFrameAggregate(strategy, { depth, maxLength }, dims);
  const buildStack = createStackBuilder({ rules, defaults });
  // distinct stacks, found by their crash site's function and line and their length, confirmed frame by frame, each with the
  // events that had it since its counts were last applied
  let stacks = new Map<string, Map<number, StackEntry[]>>();
  const intern = createFrameInterner();
  let size = 0;
  let count = 0;
  let calls = 0;
  let finished = false;

  // the stacks with events not yet applied: a flush costs the stacks its events touched, not the whole cache
  let touched: StackEntry[] = [];
  const apply = (entry: StackEntry) => {
    applyStackSummary(state, entry.summary, entry.events);
    entry.events = 0;
  };
  const applyAll = () => {
    for (const entry of touched) if (entry.events > 0) apply(entry);
    touched = [];
  };
  const flushStacks = () => {
    applyAll();
    stacks = new Map();
    size = 0;
  };
  const entryOf = (head: CrashStackHead, eventId: string): StackEntry => {
    const site = head.rawFrames.length === 0 ? null : head.rawFrames[head.rawFrames.length - 1];
    const fn = typeof site?.function === 'string' ? site.function : '';
    let byLine = stacks.get(fn);
    if (byLine === undefined) stacks.set(fn, (byLine = new Map()));
    const lineno = site ? field(site, 'lineNo', 'lineno') : null;
    // the crash site's line and the stack's length: stacks that end at one site mostly differ in how deep they
    // are, so the list to compare frame by frame stays short (keys that collide only share a list)
    const line = (typeof lineno === 'number' ? lineno + 1 : 0) * 4096 + Math.min(head.rawFrames.length, 4095);
    let list = byLine.get(line);
    if (list === undefined) byLine.set(line, (list = []));
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (!sameStack(entry.crash, head)) continue;
      // a step to the front on each hit: the frequent stacks of a crash site end up compared first
      if (i > 0) [list[i - 1], list[i]] = [entry, list[i - 1]];
      return entry;
    }
    if (list.length >= MAX_PER_KEY) {
      apply(list[0]);
      list.shift();
      size--;
    }
    if (size >= MAX_STACKS) {
      flushStacks();
      stacks.set(fn, (byLine = new Map([[line, (list = [])]])));
    }
    // a new stack: its frames read (and checked), built by the table path's builder, signed and summarised
    const { rawFrames: _raw, readFrames, ...fields } = head;
    // text shared once the cache is large enough for it to matter: interning costs a hash of every string
    const frames = readFrames();
    const crash: CrashStack = { ...fields, frames: size >= INTERN_ABOVE ? frames.map(intern) : frames };
    const stack: EventStack = {
      eventId,
      exceptionType: crash.exceptionType,
      source: crash.source,
      position: crash.position,
      frames: buildStack(crash.frames, crash.platform),
    };
    const entry = { crash, summary: summariseStack(stack, strategy, options), events: 0 };
    list.push(entry);
    size++;
    return entry;
  };

  return {
    add(event) {
      if (finished) spent('add');
      const index = calls++;
      const head = findCrashStack(event, { rawStacktraces, index });
      if (head.type === 'transaction') return void count++;
      // read before anything is counted: an event the tables would reject counts nothing
      const values = readColumns === null ? null : readColumns(event, index);
      const eventId = String(head.eventId);
      const entry = entryOf(head, eventId);
      count++;
      if (entry.events++ === 0) touched.push(entry);
      // evicted stacks stay listed until applied: applying early keeps the list bounded on a long run
      if (touched.length > 4 * MAX_STACKS) applyAll();
      state.events++;
      const date = head.dateCreated === null ? null : head.dateCreated.getTime();
      addToSignature(state, entry.summary, {
        eventId,
        group: head.groupId === '' ? null : head.groupId,
        date,
      });
      if (values !== null) addToSplit(state, values, entry.summary.signature);
    },
    flush() {
      if (finished) spent('flush');
      applyAll();
      const part = state;
      state = emptyFrameAggregate(strategy, { depth, maxLength }, dims);
      return part;
    },
    finish() {
      if (!finished) applyAll();
      finished = true;
      return state;
    },
    get count() {
      return count;
    },
  };
}
