import type { ColumnTable } from 'arquero';
import type { ParquetColumnType } from '@sentry-offline/report';
import type { PayloadKind, StatsV2 } from '@sentry-offline/schema';
import {
  combineStats,
  createEventTables,
  readDiscoverCsv,
  readStatsSummaryCsv,
  tidyDiscover,
  tidyEventsList,
  tidyEventsTimeseries,
  tidyIssuesList,
  tidyStatsSeries,
  tidyStatsSummary,
  tidyStatsV2,
} from '@sentry-offline/transform';
import type { ReadInput } from '../inputs/input-file.js';
import { concatTables } from '../util/concat-tables.js';
import { withSource } from '../util/with-source.js';

/** Options every family's collector gets from the command line. */
export interface CollectOptions {
  /** Roll categories and reasons up the way Sentry does (default in the transform package: `true`). */
  normalise: boolean;
  /** Copy personal data into event tables. */
  personalData: boolean;
  /** Add user identifiers and user tags through this keyed hash instead (`--redact`; default none). */
  redact?: (value: string) => string;
  /** The one table that will be written: a family of several may build only it (default: all of them). */
  table?: string;
}

/** What a collector reads of a file: its name and layout (a streamed NDJSON file has no text). */
export type CollectedInput = Pick<ReadInput, 'name' | 'format'>;

/** Gathers the validated documents of one family, then builds its tables. */
export interface TableCollector {
  /**
   * Adds one document that passed validation: a parsed value, or for a CSV file its text. Throws a
   * `SentryOfflineError` when the transform rejects it (the caller reports it; the others still count).
   */
  add(input: CollectedInput, value: unknown): void;
  /** The tables by name; `problems` are disagreements found while combining (each makes the run fail). */
  finish(): { tables: Record<string, ColumnTable>; problems: string[] };
  /**
   * For a family whose rows can be written before the last file is read (events: rows in input order, nothing
   * combined): the tables of the documents added since the last batch once they hold {@link BATCH_ROWS} rows or
   * more, else null. `finish` then returns the rest. Families that combine or sort their rows have none.
   */
  take?(): Record<string, ColumnTable> | null;
  /** For a family that can take batches: the rows held now (not yet taken) by its largest table. */
  held?(): number;
  /** The declared column types of each table, for Parquet (default: from the values). */
  types?: Readonly<Record<string, Readonly<Record<string, ParquetColumnType>>>>;
}

/**
 * Rows a batch of a large event table holds before it is written out (the largest table's rows): `tidy` of a
 * million events holds one batch, never the 15M rows of their frames.
 */
export const BATCH_ROWS = 100_000;

/** Kinds whose files can be combined into the same tables, and how. */
export interface TableFamily {
  name: string;
  kinds: readonly PayloadKind[];
  /** Table names; the first is the default. */
  tables: readonly string[];
  create(options: CollectOptions): TableCollector;
}

type Tables = Record<string, ColumnTable>;

const stack = (parts: Tables[]): Tables =>
  Object.fromEntries(Object.keys(parts[0] ?? {}).map((n) => [n, concatTables(parts.map((p) => p[n]))]));

/** A collector that turns each document into tables and stacks them, table by table. */
function stacking(tidy: (input: CollectedInput, value: never) => Tables): () => TableCollector {
  return () => {
    const parts: Tables[] = [];
    return {
      add: (input, value) => void parts.push(tidy(input, value as never)),
      finish: () => ({ tables: stack(parts), problems: [] }),
    };
  };
}

/** Tables with a first column naming the file each row came from. */
const sourced = (tables: Tables, input: CollectedInput): Tables =>
  Object.fromEntries(Object.entries(tables).map(([n, t]) => [n, withSource(t, input.name)]));

function statsV2Collector({ normalise }: CollectOptions): TableCollector {
  const payloads: { name: string; payload: StatsV2 }[] = [];
  return {
    add(input, value) {
      tidyStatsV2(value as StatsV2, { normalise, file: input.name }); // rejects a bad file alone, before combining
      payloads.push({ name: input.name, payload: value as StatsV2 });
    },
    finish() {
      const { table, conflicts } = combineStats(payloads, { normalise });
      const n = conflicts.numRows();
      const problems =
        n === 0
          ? []
          : [
              `${n} row${n === 1 ? '' : 's'} of different files disagree for the same keys and interval; ` +
                'the first file given is kept (see --table conflicts for both sources)',
            ];
      return { tables: { stats: table, conflicts }, problems };
    },
  };
}

const EVENT_TABLES = ['events', 'exceptions', 'frames', 'tags', 'breadcrumbs'] as const;

function eventsCollector({ personalData, redact, table }: CollectOptions): TableCollector {
  // only the table asked for is filled: the others would hold memory for nothing
  const tables = table === undefined ? undefined : EVENT_TABLES.filter((name) => name === table);
  const builder = createEventTables({ personalData, redact, tables });
  return {
    add: (_input, value) => builder.add(value),
    finish: () => ({ tables: { ...builder.finish() }, problems: [] }),
    take: () => (builder.held >= BATCH_ROWS ? { ...builder.take() } : null),
    held: () => builder.held,
    types: builder.types,
  };
}

/** Every family of kinds `tidy` can combine, with its tables (the first is the default). */
export const TABLE_FAMILIES: readonly TableFamily[] = [
  { name: 'stats-v2', kinds: ['stats-v2'], tables: ['stats', 'conflicts'], create: statsV2Collector },
  {
    name: 'stats-summary',
    kinds: ['stats-summary'],
    tables: ['outcomes', 'totals'],
    create: ({ normalise }) =>
      stacking((input, value) =>
        input.format === 'csv'
          ? { ...readStatsSummaryCsv(value, { normalise, file: input.name }) }
          : { ...tidyStatsSummary(value, { normalise, file: input.name }) },
      )(),
  },
  {
    name: 'events',
    kinds: ['event', 'raw-event'],
    tables: EVENT_TABLES,
    create: eventsCollector,
  },
  {
    name: 'events-list',
    kinds: ['events-list'],
    tables: ['events', 'tags'],
    create: ({ personalData, redact }) =>
      stacking((input, value) => ({
        ...tidyEventsList(value, { file: input.name, personalData, redact }),
      }))(),
  },
  {
    name: 'issues-list',
    kinds: ['issues-list', 'issue'],
    tables: ['issues', 'stats'],
    create: stacking((input, value) => ({ ...tidyIssuesList(value, { file: input.name }) })),
  },
  {
    name: 'discover',
    kinds: ['discover'],
    tables: ['data', 'columns'],
    create: stacking((input, value) =>
      sourced(
        input.format === 'csv'
          ? { ...readDiscoverCsv(value) }
          : { ...tidyDiscover(value, { file: input.name }) },
        input,
      ),
    ),
  },
  {
    name: 'stats-series',
    kinds: ['stats-series'],
    tables: ['series'],
    create: stacking((input, value) =>
      sourced({ series: tidyStatsSeries(value, { file: input.name }) }, input),
    ),
  },
  {
    name: 'events-timeseries',
    kinds: ['events-timeseries'],
    tables: ['series'],
    create: stacking((input, value) =>
      sourced({ series: tidyEventsTimeseries(value, { file: input.name }) }, input),
    ),
  },
];

/**
 * The family a kind's tables belong to; null for kinds that hold no data (`error-response`).
 * @param kind a payload kind
 * @example
 * familyOf('raw-event')?.name; // 'events'
 */
export function familyOf(kind: PayloadKind): TableFamily | null {
  return TABLE_FAMILIES.find((f) => f.kinds.includes(kind)) ?? null;
}
