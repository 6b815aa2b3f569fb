// drop rates
export { definitions } from './definitions.js';
export type { DropDefinition, DefinitionName } from './definitions.js';
export { resolveDefinition } from './resolve-definition.js';
export { outcomeRole } from './outcome-role.js';
export type { OutcomeRole } from './outcome-role.js';
export { reasonGroup } from './reason-group.js';
export { wilsonInterval } from './wilson-interval.js';
export type { WilsonIntervalOptions } from './wilson-interval.js';
export { rebucket } from './rebucket.js';
export type { RebucketOptions } from './rebucket.js';
export type { BucketInterval } from './util/bucket-bounds.js';
export { dropRates } from './drop-rates.js';
export type { DropRatesOptions } from './drop-rates.js';
export { reconcile } from './reconcile.js';
export type { ReconcileOptions } from './reconcile.js';
export { compareToPrevious } from './compare-to-previous.js';
export type { CompareToPreviousOptions } from './compare-to-previous.js';
export { statsHealth } from './stats-health.js';
export type { HealthNote } from './stats-health.js';
export { dropReport } from './drop-report.js';
export type { DropReport, DropReportOptions } from './drop-report.js';

// stack frames
export { platformFamily } from './frames/platform-family.js';
export type { PlatformFamily } from './frames/platform-family.js';
export { normaliseFunction } from './frames/normalise/normalise-function.js';
export { normaliseNative } from './frames/normalise/normalise-native.js';
export { normaliseRust } from './frames/normalise/normalise-rust.js';
export { normaliseJava } from './frames/normalise/normalise-java.js';
export { normaliseJavascript } from './frames/normalise/normalise-javascript.js';
export { normalisePython } from './frames/normalise/normalise-python.js';
export { normaliseCocoa } from './frames/normalise/normalise-cocoa.js';
export { normaliseDotnet } from './frames/normalise/normalise-dotnet.js';
export { parseRules } from './frames/rules/parse-rules.js';
export type { ParseRulesOptions } from './frames/rules/parse-rules.js';
export type { StackRule, RuleMatcher, RuleField } from './frames/rules/stack-rule.js';
export type { RulesInput } from './frames/rules/resolve-rules.js';
export { DEFAULT_RULES } from './frames/rules/default-rules.js';
export type { FrameInput, FrameTables } from './frames/frame-input.js';
export type { EventStack, StackFrame } from './frames/event-stack.js';
export { readStacks, forEachStack } from './frames/read-stacks.js';
export type { ReadStacksOptions } from './frames/read-stacks.js';
export { signStack } from './frames/strategies/sign-stack.js';
export { SIGNATURE_STRATEGIES } from './frames/strategies/signature-result.js';
export type {
  SignatureStrategy,
  SignatureResult,
  FrameNote,
  StrategyOptions,
} from './frames/strategies/signature-result.js';
export { signatures } from './frames/signatures.js';
export type { SignaturesOptions } from './frames/signatures.js';
export { explainSignature } from './frames/explain-signature.js';
export type { ExplainSignatureOptions } from './frames/explain-signature.js';
export { compareStrategies } from './frames/compare-strategies.js';
export type { CompareStrategiesOptions, StrategyComparison } from './frames/compare-strategies.js';
export { aggregateFrames } from './frames/aggregate/aggregate-frames.js';
export type { AggregateFramesOptions } from './frames/aggregate/aggregate-frames.js';
export { addFrameAggregate, mergeFrameAggregates } from './frames/aggregate/merge-frame-aggregates.js';
export { finishFrameAggregate } from './frames/aggregate/finish-frame-aggregate.js';
export type { FinishFrameAggregateOptions, FrameReport } from './frames/aggregate/finish-frame-aggregate.js';
export { createFrameAggregator } from './frames/aggregate/create-frame-aggregator.js';
export type { FrameAggregator, FrameAggregatorOptions } from './frames/aggregate/create-frame-aggregator.js';
export { FRAME_FIELDS } from './frames/aggregate/frame-aggregate.js';
export type {
  FrameAggregate,
  FrameField,
  SignatureCell,
  HotFileCell,
} from './frames/aggregate/frame-aggregate.js';
export { topSignatures } from './frames/top-signatures.js';
export type { TopSignaturesOptions } from './frames/top-signatures.js';
export { topFrames } from './frames/top-frames.js';
export type { TopFramesOptions } from './frames/top-frames.js';
export { signatureChanges } from './frames/signature-changes.js';
export type { SignatureChangesOptions } from './frames/signature-changes.js';

// rendering
export { buildReport } from './render/build-report.js';
export type { BuildReportOptions, ReportInput } from './render/build-report.js';
export { REPORT_SPLITS } from './render/frames-tables.js';
export type { ReportEvents } from './render/frames-tables.js';
export type { ReportData, ReportFile } from './render/report-data.js';
export { chartSpecs } from './render/chart-specs.js';
export type { ChartSpec } from './render/chart-specs.js';
export { renderChartSvg } from './render/render-chart-svg.js';
export { renderHtml } from './render/render-html.js';
export type { RenderHtmlOptions } from './render/render-html.js';
export { renderMarkdown } from './render/render-markdown.js';
export type { RenderMarkdownOptions } from './render/render-markdown.js';

// drift between two sets of payloads
export { isWithinTolerance } from './drift/tolerance.js';
export type { Tolerance, ColumnTolerance } from './drift/tolerance.js';
export { diffTables, hasTableDrift } from './drift/diff-tables.js';
export type { DiffTablesOptions, TableDrift, CellChange } from './drift/diff-tables.js';
export type { DriftCell } from './util/drift-cell.js';
export { diffDrops } from './drift/diff-drops.js';
export type { DiffDropsOptions, DropsDrift } from './drift/diff-drops.js';
export { diffSignatures } from './drift/diff-signatures.js';
export type { DiffSignaturesOptions, SignaturesDrift, SignatureMove } from './drift/diff-signatures.js';
export { driftTables } from './drift/drift-tables.js';
export type { DriftTable, DriftTables, NamedPayload } from './drift/drift-tables.js';
export { createDriftSide, diffDriftSides, diffPayloads, resolveDriftKind } from './drift/diff-payloads.js';
export type {
  DiffPayloadsOptions,
  DriftReport,
  DriftSide,
  DriftSideOptions,
  DriftSideResult,
  NamedTableDrift,
} from './drift/diff-payloads.js';
export { renderDrift } from './drift/render-drift.js';
export type { RenderDriftOptions } from './drift/render-drift.js';

// data out
export { createParquetStream, toParquet } from './out/to-parquet.js';
export type { ToParquetOptions, ParquetColumnType, ParquetStream } from './out/to-parquet.js';
export { toParquetPartitions } from './out/to-parquet-partitions.js';
export type { ToParquetPartitionsOptions, ParquetPartition } from './out/to-parquet-partitions.js';
