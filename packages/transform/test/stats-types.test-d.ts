import type { ColumnTable } from 'arquero';
import type { Discover, IssuesList, StatsSummary, StatsV2 } from '@sentry-offline/schema';
import { expectTypeOf, test } from 'vitest';
import {
  combineStats,
  quantityUnit,
  readDiscoverCsv,
  readStatsSummaryCsv,
  tidyDiscover,
  tidyIssuesList,
  tidyStatsSummary,
  tidyStatsV2,
  type CombinedStats,
  type DiscoverTables,
  type IssuesListTables,
  type QuantityUnit,
  type StatsSummaryTables,
} from '../src/index.js';

test('stats and list functions return tables or records of named tables', () => {
  expectTypeOf(tidyStatsV2).parameter(0).toEqualTypeOf<StatsV2>();
  expectTypeOf(tidyStatsV2).returns.toEqualTypeOf<ColumnTable>();
  expectTypeOf(tidyStatsSummary).parameter(0).toEqualTypeOf<StatsSummary>();
  expectTypeOf(tidyStatsSummary).returns.toEqualTypeOf<StatsSummaryTables>();
  expectTypeOf(readStatsSummaryCsv).returns.toEqualTypeOf<StatsSummaryTables>();
  expectTypeOf<StatsSummaryTables>().toEqualTypeOf<{ outcomes: ColumnTable; totals: ColumnTable }>();
  expectTypeOf(combineStats).returns.toEqualTypeOf<CombinedStats>();
  expectTypeOf(tidyDiscover).parameter(0).toEqualTypeOf<Discover>();
  expectTypeOf(readDiscoverCsv).returns.toEqualTypeOf<DiscoverTables>();
  expectTypeOf(tidyIssuesList).returns.toEqualTypeOf<IssuesListTables>();
  expectTypeOf<IssuesList>().toMatchTypeOf<Parameters<typeof tidyIssuesList>[0]>();
  expectTypeOf(quantityUnit).returns.toEqualTypeOf<QuantityUnit | null>();
});

test('options are optional and typed', () => {
  expectTypeOf(tidyStatsV2).parameter(1).toEqualTypeOf<Parameters<typeof tidyStatsV2>[1]>();
  // @ts-expect-error partialSeries is 'error' or 'pad'
  tidyStatsV2({} as StatsV2, { partialSeries: 'fill' });
  // @ts-expect-error prefer is 'first' or 'last'
  combineStats([], { prefer: 'newest' });
});
