import type { ColumnTable } from 'arquero';
import {
  isSentryOfflineError,
  validate,
  type PayloadKind,
  type StatsSummary,
  type StatsV2,
  type ValidationResult,
} from '@sentry-offline/schema';
import { combineStats, readStatsSummaryCsv, tidyStatsSummary } from '@sentry-offline/transform';
import {
  addFrameAggregate,
  createFrameAggregator,
  statsHealth,
  type FrameAggregate,
  type FrameAggregator,
  type HealthNote,
  type ReportFile,
  type SignatureStrategy,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import type { InputFile, ReadInput, StreamInput } from '../inputs/input-file.js';
import { fileStatus } from '../inputs/input-summary.js';
import { readInputs } from '../inputs/read-inputs.js';
import { validateInput, type InputResult } from '../inputs/validate-input.js';
import { STREAM_ABOVE, validateStreamInput } from '../inputs/validate-ndjson-file.js';
import { formatFileLines } from '../output/format-validation.js';
import { createFileProgress } from '../output/file-progress.js';
import { createEventIdSet, idOfEvent, type EventIdSet } from '../workers/event-id-set.js';
import { createRepeatLog, type RepeatLog } from '../workers/repeat-log.js';

/** What a report is built from, read from a mixed folder. */
export interface LoadedReportInput {
  files: ReportFile[];
  health: HealthNote[];
  stats: ColumnTable | null;
  /** The frame aggregate of the events (split by `by`), or null when no valid file held an event. */
  events: FrameAggregate | null;
  /** Files that were invalid or unreadable (the report still shows the rest). */
  invalid: number;
  unreadable: number;
}

/** Options of {@link loadReportInput}. */
export interface LoadReportInputOptions {
  /** A progress line on stderr (default `false`). */
  progress?: boolean;
  /** Signature strategy of the events' aggregate (default `'sentry'`). */
  strategy?: SignatureStrategy;
  /** Event columns the events' aggregate is split by (default none). */
  by?: readonly string[];
}

/**
 * The events of the valid files, folded in as they are read. A file's events count only when the whole file is
 * valid: a file streamed line by line goes into a part of its own, kept or dropped when its end is reached. An
 * event whose id an earlier kept event had (saved twice) is counted again, and noted.
 */
function createEventFold(options: { strategy: SignatureStrategy; by: readonly string[] }) {
  const aggregator: FrameAggregator = createFrameAggregator(options);
  let total: FrameAggregate | null = null;
  let events = 0;
  const keep = (part: FrameAggregate) => {
    if (total === null) total = part;
    else addFrameAggregate(total, part);
  };
  const ids = createEventIdSet();
  const repeats = createRepeatLog<string>(ids);
  // a part not yet kept (a file of many events) has ids and repeats of its own, which join the run's only if it
  // is kept: an event is a repeat when a kept event or an earlier one of the part had its id. Fingerprints, not
  // the ids: a streamed file of a million events held each id until its end (~100 MiB)
  let part: { ids: EventIdSet; repeats: RepeatLog<string> } | null = null;
  return {
    add(value: unknown, file: string) {
      aggregator.add(value);
      events++;
      const id = idOfEvent(value);
      if (id !== null) (part?.repeats ?? repeats).see(id, file);
    },
    /** Starts a file whose events may yet be dropped: what came before is set aside. */
    begin() {
      if (events > 0) keep(aggregator.flush());
      const own = createEventIdSet();
      part = { ids: own, repeats: createRepeatLog({ add: (id) => !ids.has(id) && own.add(id) }) };
      return events;
    },
    /** Ends such a file: its events kept, or dropped (with their count). */
    end(ok: boolean, before: number) {
      const flushed = aggregator.flush();
      if (ok) {
        keep(flushed);
        if (part !== null) {
          ids.merge(part.ids.table);
          repeats.absorb(part.repeats);
        }
      } else events = before;
      part = null;
    },
    finish(): FrameAggregate | null {
      if (events === 0) return null;
      keep(aggregator.finish());
      return total;
    },
    /** A note for each event saved twice (the first 20, then one for the rest). */
    repeatNotes(): HealthNote[] {
      const notes = repeats.listed.map(({ place: file, reason }): HealthNote => ({
        file,
        severity: 'warning',
        code: 'repeatedEvent',
        message: `${reason}: an earlier document had it (saved twice?); each copy is counted`,
      }));
      const rest = repeats.count - notes.length;
      if (rest === 0) return notes;
      const message = `${rest} more events saved twice (each copy is counted)`;
      return [...notes, { file: repeats.next!, severity: 'warning', code: 'repeatedEvent', message }];
    },
  };
}

type EventFold = ReturnType<typeof createEventFold>;

interface Collected {
  v2: { name: string; payload: StatsV2 }[];
  summaries: ColumnTable[];
  events: EventFold;
  health: HealthNote[];
}

function addValid(input: ReadInput, result: InputResult, into: Collected): void {
  const validation = { ...result, value: result.values[0], file: input.name } as ValidationResult & {
    file: string;
  };
  switch (result.kind) {
    case 'stats-v2':
      for (const value of result.values) into.v2.push({ name: input.name, payload: value as StatsV2 });
      into.health.push(...statsHealth([validation]));
      return;
    case 'stats-summary': {
      const tables =
        result.format === 'csv'
          ? readStatsSummaryCsv(input.text, { file: input.name })
          : tidyStatsSummary(result.values[0] as StatsSummary, { file: input.name });
      into.summaries.push(tables.outcomes);
      into.health.push(...statsHealth([validation]));
      return;
    }
    case 'event':
    case 'raw-event': {
      // counts nothing if it throws
      if (result.values.length === 1) return into.events.add(result.values[0], input.name);
      // several events: a part of their own, dropped if one of them is rejected, so the file counts whole or not
      const before = into.events.begin();
      try {
        for (const value of result.values) into.events.add(value, input.name);
      } catch (error) {
        into.events.end(false, before);
        throw error;
      }
      return into.events.end(true, before);
    }
  }
}

/**
 * A large NDJSON file, validated and folded in line by line as it is read, never held whole. Its events count
 * only if the whole file is valid, as for a file read at once; usage stats in it (unusual) are kept likewise.
 */
async function addStreamed(
  input: StreamInput,
  into: Collected,
  onRead: (bytes: number) => void,
): Promise<[InputFile, InputResult | undefined]> {
  const before = into.events.begin();
  const v2: Collected['v2'] = [];
  const health: HealthNote[] = [];
  let failure: string | null = null;
  const onValue = (value: unknown, kind: PayloadKind | null) => {
    if (failure !== null) return;
    try {
      if (kind === 'event' || kind === 'raw-event') into.events.add(value, input.name);
      else if (kind === 'stats-v2') {
        v2.push({ name: input.name, payload: value as StatsV2 });
        health.push(...statsHealth([{ ...validate(value, { kind, file: input.name }), file: input.name }]));
      }
    } catch (error) {
      if (!isSentryOfflineError(error)) throw error;
      failure = error.message;
    }
  };
  const [file, validated] = await validateStreamInput(input, { onValue, onRead });
  if (validated === undefined) {
    into.events.end(false, before);
    return [file, undefined];
  }
  let result: InputResult = validated;
  if (failure !== null)
    result = { ...result, ok: false, issues: [...result.issues, issueOf(input.name, failure)] };
  into.events.end(result.ok, before);
  if (result.ok) {
    into.v2.push(...v2);
    into.health.push(...health);
  }
  return [input, result];
}

function statsTable(c: Collected): { table: ColumnTable | null; notes: HealthNote[] } {
  const notes: HealthNote[] = [];
  if (c.v2.length === 0) {
    return { table: c.summaries.length > 0 ? c.summaries.reduce((a, b) => a.concat(b)) : null, notes };
  }
  if (c.summaries.length > 0) {
    notes.push({
      file: '<report>',
      severity: 'warning',
      code: 'mixedKinds',
      message: `${c.summaries.length} stats-summary files left out: the usage figures come from the stats-v2 files`,
    });
  }
  const { table, conflicts } = combineStats(c.v2, { partialSeries: 'pad' });
  if (conflicts.numRows() > 0) {
    notes.push({
      file: '<report>',
      severity: 'warning',
      code: 'conflicts',
      message: `${conflicts.numRows()} overlapping rows disagree between files; the first file given is kept`,
    });
  }
  return { table, notes };
}

/** Validates one file read whole and folds in what it holds, if valid. */
function addRead(input: ReadInput, into: Collected): InputResult {
  const result = validateInput(input);
  if (!result.ok) return result;
  try {
    addValid(input, result, into);
    return result;
  } catch (error) {
    if (!isSentryOfflineError(error)) throw error;
    return { ...result, ok: false, issues: [...result.issues, issueOf(input.name, error.message)] };
  }
}

/** One input folded in: read whole, streamed, or (unreadable, skipped) only accounted for. */
async function addInput(
  read: InputFile,
  into: Collected,
  onRead: (bytes: number) => void,
): Promise<[InputFile, InputResult | undefined]> {
  if (read.status === 'read') return [read, addRead(read, into)];
  if (read.status === 'stream') return addStreamed(read, into, onRead);
  return [read, undefined];
}

/**
 * Reads the files of a report (stats-v2, stats-summary, events and raw events; other kinds are listed in the
 * summary and not used) one at a time, validates each, prints what is wrong with a file on stderr, and gathers
 * the stats tables and the frame aggregate of the events: memory holds the stats and the aggregate, never all
 * the events, and NDJSON files over 64 MiB are streamed line by line. A progress line on stderr (files, events,
 * MB, and rates) when `progress` is set.
 */
export async function loadReportInput(
  args: string[],
  context: CliContext,
  { progress: enabled = false, strategy = 'sentry', by = [] }: LoadReportInputOptions = {},
): Promise<LoadedReportInput> {
  const progress = createFileProgress(context.stderr, enabled);
  const into: Collected = { v2: [], summaries: [], events: createEventFold({ strategy, by }), health: [] };
  const files: ReportFile[] = [];
  let invalid = 0;
  let unreadable = 0;
  for await (const read of readInputs(args, { ...context, streamAbove: STREAM_ABOVE, streamStdin: true })) {
    const [input, result] = await addInput(read, into, progress.onRead);
    const status = fileStatus(input, result);
    if (status === 'invalid') invalid++;
    if (status === 'unreadable') unreadable++;
    if (status !== 'valid') {
      progress.clear();
      context.stderr.write(`${formatFileLines(input, status, result, context.colors.err).join('\n')}\n`);
    }
    files.push({ name: input.name, kind: result?.kind ?? null, status });
    progress.fileDone(input, result?.documents ?? 0);
  }
  progress.clear();
  const { table, notes } = statsTable(into);
  return {
    files,
    health: [...into.health, ...notes, ...into.events.repeatNotes()],
    stats: table,
    events: into.events.finish(),
    invalid,
    unreadable,
  };
}

function issueOf(file: string, message: string): InputResult['issues'][number] {
  return { file, pointer: '', line: null, column: null, severity: 'error', keyword: 'transform', message };
}
