import type { TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to an SVG string without a browser or canvas (vega's headless `renderer: 'none'`).
 * Text from the data is escaped by vega's SVG writer; data must be inline (no URL is loaded). vega and vega-lite
 * are loaded on the first call, not when the package is imported: they would add 40–100 ms and ~16 MiB to the
 * import, which a worker thread or a script that only aggregates should not pay.
 * @param spec a Vega-Lite spec, e.g. one of {@link chartSpecs}
 * @example
 * const svg = await renderChartSvg(chartSpecs(data)[0].spec);
 */
export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
