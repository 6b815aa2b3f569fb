import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { buildReport, chartSpecs, renderChartSvg } from '../../src/index.js';
import { reportInput, usageTable } from './report-input.js';

describe('chartSpecs', () => {
  const charts = chartSpecs(buildReport(reportInput()));

  it('has one chart per view the data supports, each in its section', () => {
    expect(charts.map((c) => [c.id, c.section])).toEqual([
      ['usage-attachment', 'usage'],
      ['usage-error', 'usage'],
      ['drop-rate-over-time', 'drop-rate'],
      ['drop-rate-by-project', 'drop-rate'],
      ['drop-reasons', 'drop-reasons'],
      ['signatures', 'signatures'],
      ['crash-sites-function', 'crash-sites'],
      ['crash-sites-module', 'crash-sites'],
      ['crash-sites-file', 'crash-sites'],
      ['in-app', 'in-app'],
      ['splits-release', 'splits'],
      ['splits-platform', 'splits'],
    ]);
  });

  it('never puts bytes and counts on one axis: each usage chart holds one unit, named on its axis', () => {
    for (const chart of charts.filter((c) => c.section === 'usage')) {
      const values = (chart.spec.data as { values: { unit: string }[] }).values;
      const units = new Set(values.map((v) => v.unit));
      expect(units.size).toBe(1);
      const y = (chart.spec as { encoding: { y: { title: string } } }).encoding.y;
      expect(y.title).toBe([...units][0]);
    }
  });

  it('names the drop-rate definition in the chart title', () => {
    const overTime = charts.find((c) => c.id === 'drop-rate-over-time')!;
    expect(overTime.spec.title).toBe('Drop rate per 1h (definition "summary")');
  });

  it('gives specs that compile with vega-lite and render to SVG without a browser', async () => {
    for (const chart of charts) {
      expect(() => compile(chart.spec)).not.toThrow();
      const svg = await renderChartSvg(chart.spec);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('</svg>');
    }
  });

  it('draws the values: the stacked error bars carry their outcome quantities', async () => {
    const usage = charts.find((c) => c.id === 'usage-error')!;
    const values = (usage.spec.data as { values: { quantity: number; bucket: string }[] }).values;
    const first = values.filter((v) => v.bucket === '2026-11-20 00:00').reduce((a, v) => a + v.quantity, 0);
    expect(first).toBe(125);
    const svg = await renderChartSvg(usage.spec);
    expect(svg).toContain('2026-11-20 00:00');
  });

  it('makes no chart for data that is not there', () => {
    expect(chartSpecs(buildReport({})).length).toBe(0);
    expect(
      chartSpecs(buildReport({ stats: usageTable() })).every((c) => !c.id.startsWith('signatures')),
    ).toBe(true);
  });
});
