import type { ColumnTable } from 'arquero';
import type { TopLevelSpec } from 'vega-lite';
import type { ReportData } from './report-data.js';

/** A chart of a report: which section it belongs to, a title, and a Vega-Lite spec with its data inline. */
export interface ChartSpec {
  /** Stable id, e.g. `usage-error`, `drop-rate-over-time`, `signatures`. */
  id: string;
  /** The id of the report section the chart illustrates. */
  section: string;
  title: string;
  spec: TopLevelSpec;
}

type Row = Record<string, unknown>;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const WIDTH = 640;
/** Outcome colours: accepted green, filtered grey, the dropping outcomes warm. */
const OUTCOMES = {
  domain: [
    'accepted',
    'filtered',
    'client_discard',
    'rate_limited',
    'cardinality_limited',
    'abuse',
    'invalid',
  ],
  range: ['#2f9e44', '#adb5bd', '#845ef7', '#f08c00', '#e8590c', '#c2255c', '#e03131'],
};

/** Rows as plain JSON values (dates as ISO strings), optionally filtered. */
function rows(table: ColumnTable, keep: (row: Row) => boolean = () => true): Row[] {
  return (table.objects() as Row[]).filter(keep).map((row) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
    return out;
  });
}

function unitTitle(unit: unknown): string {
  return unit === 'bytes' ? 'bytes' : unit === 'count' ? 'count' : String(unit ?? 'quantity');
}

function barChart(values: Row[], y: string, x: string, xTitle: string, percent = false): TopLevelSpec {
  return {
    $schema: SCHEMA,
    width: WIDTH,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: y, type: 'nominal', sort: '-x', title: null, axis: { labelLimit: 320 } },
      x: {
        field: x,
        type: 'quantitative',
        title: xTitle,
        ...(percent ? { axis: { format: '.0%' } } : { axis: { format: ',d' } }),
      },
    },
  };
}

function usageCharts(data: ReportData): ChartSpec[] {
  if (!data.usage) return [];
  const all = rows(data.usage);
  const name = (r: Row) => (r.category === null || r.category === undefined ? 'all' : String(r.category));
  const categories = [...new Set(all.map(name))].sort();
  return categories.map((category) => {
    const values = all
      .filter((r) => name(r) === category)
      .map((r): Row => ({ ...r, bucket: String(r.interval_start).slice(0, 16).replace('T', ' ') }));
    const unit = unitTitle(values[0]?.unit);
    return {
      id: `usage-${category}`,
      section: 'usage',
      title: `Usage of ${category} by outcome (${unit})`,
      spec: {
        $schema: SCHEMA,
        width: WIDTH,
        height: 180,
        title: `${category} (${unit})`,
        data: { values },
        mark: { type: 'bar', tooltip: true },
        encoding: {
          x: {
            field: 'bucket',
            type: 'ordinal',
            title: `${data.interval} bucket (UTC)`,
            axis: { labelAngle: -40, labelOverlap: 'greedy' },
          },
          y: { field: 'quantity', type: 'quantitative', stack: 'zero', title: unit, axis: { format: '~s' } },
          color: { field: 'outcome', type: 'nominal', scale: OUTCOMES, title: 'outcome' },
        },
      },
    };
  });
}

function dropRateCharts(data: ReportData): ChartSpec[] {
  const out: ChartSpec[] = [];
  const name = data.definition.name;
  if (data.dropRatesOverTime) {
    out.push({
      id: 'drop-rate-over-time',
      section: 'drop-rate',
      title: `Drop rate over time (definition ${name})`,
      spec: {
        $schema: SCHEMA,
        width: WIDTH,
        height: 200,
        title: `Drop rate per ${data.interval} (definition "${name}")`,
        data: { values: rows(data.dropRatesOverTime, (r) => r.rate !== null) },
        mark: { type: 'line', point: true, tooltip: true },
        encoding: {
          x: { field: 'interval_start', type: 'temporal', title: null, axis: { format: '%Y-%m-%d %H:%M' } },
          y: { field: 'rate', type: 'quantitative', title: 'drop rate', axis: { format: '.0%' } },
          color: { field: 'category', type: 'nominal' },
        },
      },
    });
  }
  if (data.dropRatesByProject) {
    const values = rows(data.dropRatesByProject, (r) => r.rate !== null).map((r) => ({
      ...r,
      label: `${r.project ?? '(no project)'} · ${r.category}`,
    }));
    out.push({
      id: 'drop-rate-by-project',
      section: 'drop-rate',
      title: `Drop rate by project (definition ${name})`,
      spec: { ...barChart(values, 'label', 'rate', `drop rate ("${name}")`, true), title: 'By project' },
    });
  }
  return out;
}

function reasonChart(data: ReportData): ChartSpec[] {
  if (!data.dropReasons || data.dropReasons.numRows() === 0) return [];
  const values = rows(data.dropReasons).map((r) => ({ ...r, label: `${r.category} · ${r.reason_group}` }));
  return [
    {
      id: 'drop-reasons',
      section: 'drop-reasons',
      title: 'Top drop reasons by reason group',
      spec: barChart(values, 'label', 'share', 'share of the category’s total', true),
    },
  ];
}

function frameCharts(data: ReportData): ChartSpec[] {
  if (!data.signatures) return [];
  const ranked = (r: Row) => r.rank !== null;
  const out: ChartSpec[] = [
    {
      id: 'signatures',
      section: 'signatures',
      title: 'Top signatures',
      spec: barChart(rows(data.signatures, ranked), 'signature', 'count', 'events'),
    },
  ];
  for (const field of ['function', 'module', 'file']) {
    const values = rows(data.crashSites!, (r) => r.field === field && ranked(r));
    if (values.length > 0) {
      out.push({
        id: `crash-sites-${field}`,
        section: 'crash-sites',
        title: `Top crash-site ${field}s`,
        spec: { ...barChart(values, 'value', 'crash_site', 'events (crash site)'), title: `${field}s` },
      });
    }
  }
  out.push({
    id: 'in-app',
    section: 'in-app',
    title: 'In-app mix',
    spec: barChart(rows(data.stacks!), 'kind', 'events', 'events'),
  });
  for (const [id, table] of [
    ['release', data.releases],
    ['platform', data.platforms],
  ] as const) {
    if (table) {
      out.push({
        id: `splits-${id}`,
        section: 'splits',
        title: `Events per ${id}`,
        spec: { ...barChart(rows(table), id, 'events', 'events'), title: `per ${id}` },
      });
    }
  }
  return out;
}

/**
 * Vega-Lite specs of a report's charts, data inline, ready for `renderChartSvg` or any Vega-Lite renderer (an
 * Observable or Jupyter notebook, VS Code): usage over time by outcome (stacked, one chart per category so that
 * bytes and counts never share an axis), drop rate over time and by project (the definition named), top drop
 * reasons by reason group, top signatures, top crash-site functions, modules and files, the in-app mix, and
 * events per release and platform. A chart is left out when the report has no data for it.
 * @param data from {@link buildReport}
 * @example
 * for (const chart of chartSpecs(buildReport({ stats }))) console.log(chart.id, JSON.stringify(chart.spec));
 */
export function chartSpecs(data: ReportData): ChartSpec[] {
  return [...usageCharts(data), ...dropRateCharts(data), ...reasonChart(data), ...frameCharts(data)];
}
