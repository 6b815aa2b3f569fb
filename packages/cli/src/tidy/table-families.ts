import type { ColumnTable } from 'arquero';
import type { PayloadKind } from '@sentry-offline/schema';
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
import type { InputResult } from '../inputs/validate-input.js';
import { concatTables } from '../util/concat-tables.js';
import { withSource } from '../util/with-source.js';

/** Options every family's collector gets from the command line. */
export interface CollectOptions {
  /** Roll categories and reasons up the way Sentry does (default in the transform package: `true`). */
  normalise: boolean;
  /** Copy personal data into event tables. */
  personalData: boolean;
}

/** Gathers the validated files of one family, then builds its tables. */
export interface TableCollector {
  /**
   * Adds one valid file; returns a message per document the transform rejected (the rest still count). Throws a
   * `SentryOfflineError` when the transform rejects the whole file.
   */
  add(input: ReadInput, result: InputResult): string[];
  /** The tables by name; `problems` are disagreements found while combining (each makes the run fail). */
  finish(): { tables: Record<string, ColumnTable>; problems: string[] };
}

/** Kinds whose files can be combined into the same tables, and how. */
export interface TableFamily {
  name: string;
  kinds: readonly PayloadKind[];
  /** Table names; the first is the default. */
  tables: readonly string[];
  create(options: CollectOptions): TableCollector;
}

type Tables = Record<string, ColumnTable>;

/** A collector that turns each file into tables and stacks them, table by table. */
function stacking(tidyFile: (input: ReadInput, result: InputResult) => Tables): () => TableCollector {
  return () => {
    const parts: Tables[] = [];
    return {
      add(input, result) {
        parts.push(tidyFile(input, result));
        return [];
      },
      finish() {
        const names = Object.keys(parts[0] ?? {});
        const tables = Object.fromEntries(names.map((n) => [n, concatTables(parts.map((p) => p[n]))]));
        return { tables, problems: [] };
      },
    };
  };
}

const each = <T>(result: InputResult, f: (value: T) => Tables): Tables[] =>
  result.values.map((v) => f(v as T));
const merge = (parts: Tables[]): Tables =>
  Object.fromEntries(Object.keys(parts[0] ?? {}).map((n) => [n, concatTables(parts.map((p) => p[n]))]));

function statsV2Collector({ normalise }: CollectOptions): TableCollector {
  const payloads: { name: string; payload: never }[] = [];
  return {
    add(input, result) {
      for (const payload of result.values as never[]) {
        tidyStatsV2(payload, { normalise, file: input.name }); // rejects a bad file alone, before combining
        payloads.push({ name: input.name, payload });
      }
      return [];
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

function eventsCollector({ personalData }: CollectOptions): TableCollector {
  const builder = createEventTables({ personalData });
  return {
    add(input, result) {
      const rejected: string[] = [];
      for (const event of result.values) {
        try {
          builder.add(event);
        } catch (error) {
          rejected.push(`${input.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return rejected;
    },
    finish: () => ({ tables: { ...builder.finish() }, problems: [] }),
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
      stacking((input, result) =>
        input.format === 'csv'
          ? { ...readStatsSummaryCsv(input.text, { normalise, file: input.name }) }
          : merge(each(result, (v: never) => ({ ...tidyStatsSummary(v, { normalise, file: input.name }) }))),
      )(),
  },
  {
    name: 'events',
    kinds: ['event', 'raw-event'],
    tables: ['events', 'exceptions', 'frames', 'tags', 'breadcrumbs'],
    create: eventsCollector,
  },
  {
    name: 'events-list',
    kinds: ['events-list'],
    tables: ['events', 'tags'],
    create: stacking((input, result) =>
      merge(each(result, (v: never) => ({ ...tidyEventsList(v, { file: input.name }) }))),
    ),
  },
  {
    name: 'issues-list',
    kinds: ['issues-list', 'issue'],
    tables: ['issues', 'stats'],
    create: stacking((input, result) =>
      merge(each(result, (v: never) => ({ ...tidyIssuesList(v, { file: input.name }) }))),
    ),
  },
  {
    name: 'discover',
    kinds: ['discover'],
    tables: ['data', 'columns'],
    create: stacking((input, result) => {
      const parts =
        input.format === 'csv'
          ? [{ ...readDiscoverCsv(input.text) }]
          : each(result, (v: never) => ({ ...tidyDiscover(v, { file: input.name }) }));
      return merge(
        parts.map((p) => ({
          data: withSource(p.data, input.name),
          columns: withSource(p.columns, input.name),
        })),
      );
    }),
  },
  {
    name: 'stats-series',
    kinds: ['stats-series'],
    tables: ['series'],
    create: stacking((input, result) =>
      merge(
        each(result, (v: never) => ({
          series: withSource(tidyStatsSeries(v, { file: input.name }), input.name),
        })),
      ),
    ),
  },
  {
    name: 'events-timeseries',
    kinds: ['events-timeseries'],
    tables: ['series'],
    create: stacking((input, result) =>
      merge(
        each(result, (v: never) => ({
          series: withSource(tidyEventsTimeseries(v, { file: input.name }), input.name),
        })),
      ),
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
