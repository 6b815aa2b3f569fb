import { chartSpecs, type ChartSpec } from './chart-specs.js';
import { renderChartSvg } from './render-chart-svg.js';
import type { ReportData } from './report-data.js';
import { reportSections, type ReportSection, type SectionTable } from './report-sections.js';
import { formatValue, isNumeric } from './util/format-value.js';
import { htmlEscape } from './util/html-escape.js';
import { REPORT_CSS } from './util/report-css.js';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Draw the charts (default `true`); without them the page has the tables only. */
  charts?: boolean;
  /** Longest text cell shown whole; longer ones are cut with `…`, the full text on hover (default `80`). */
  maxTextLength?: number;
}

/** No script, no network: the page may load nothing, run nothing, and only style itself inline. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function cell(value: unknown, format: SectionTable['columns'][number]['format'], max: number): string {
  const text = formatValue(value, format);
  if (isNumeric(format)) return `<td class="num">${htmlEscape(text)}</td>`;
  const cls = format === 'code' ? ' class="code"' : '';
  if (text.length <= max) return `<td${cls}>${htmlEscape(text)}</td>`;
  return `<td${cls} title="${htmlEscape(text)}">${htmlEscape(text.slice(0, max - 1))}…</td>`;
}

function tableHtml({ caption, table, columns }: SectionTable, max: number): string {
  const head = columns
    .map((c) => `<th${isNumeric(c.format) ? ' class="num"' : ''} scope="col">${htmlEscape(c.label)}</th>`)
    .join('');
  const values = columns.map((c) => table.array(c.name) as ArrayLike<unknown>);
  const body: string[] = [];
  for (let i = 0; i < table.numRows(); i++) {
    body.push(`<tr>${columns.map((c, j) => cell(values[j][i], c.format, max)).join('')}</tr>`);
  }
  return (
    `<h3>${htmlEscape(caption)}</h3>\n<table>\n<thead><tr>${head}</tr></thead>\n` +
    `<tbody>\n${body.join('\n')}\n</tbody>\n</table>`
  );
}

function sectionHtml(section: ReportSection, charts: string[], max: number): string {
  const parts = [`<section id="${htmlEscape(section.id)}">`, `<h2>${htmlEscape(section.title)}</h2>`];
  for (const line of section.intro) parts.push(`<p>${htmlEscape(line)}</p>`);
  for (const note of section.notes) {
    parts.push(
      `<div class="note ${htmlEscape(note.severity)}"><strong>${htmlEscape(note.severity)}</strong> ` +
        `<code>${htmlEscape(note.file)}</code> ${htmlEscape(note.message)}</div>`,
    );
  }
  parts.push(...charts);
  for (const table of section.tables) parts.push(tableHtml(table, max));
  parts.push('</section>');
  return parts.join('\n');
}

async function chartHtml(chart: ChartSpec): Promise<string> {
  const svg = await renderChartSvg(chart.spec);
  return (
    `<figure class="chart" id="chart-${htmlEscape(chart.id)}" data-chart="${htmlEscape(chart.id)}">` +
    `${svg}<figcaption>${htmlEscape(chart.title)}</figcaption></figure>`
  );
}

/**
 * Renders a report as one self-contained HTML page: CSS inline, every chart an inline SVG (drawn in Node with
 * vega), no script and no network request (a Content-Security-Policy forbids both), so the file opens offline
 * in any browser and can be mailed around. Every value from the payloads is HTML-escaped. Sections appear only
 * when the data has something for them, the input summary and its health notes first.
 * @param data from {@link buildReport}
 * @param options charts (default `true`), maxTextLength (default `80`)
 * @example
 * const html = await renderHtml(buildReport({ stats, events }, { title: 'June' }));
 */
export async function renderHtml(
  data: ReportData,
  { charts = true, maxTextLength = 80 }: RenderHtmlOptions = {},
): Promise<string> {
  const sections = reportSections(data);
  const specs = charts ? chartSpecs(data) : [];
  const svgs = await Promise.all(specs.map(chartHtml));
  const body = sections.map((section) =>
    sectionHtml(
      section,
      svgs.filter((_, i) => specs[i].section === section.id),
      maxTextLength,
    ),
  );
  const toc = sections.map((s) => `<li><a href="#${htmlEscape(s.id)}">${htmlEscape(s.title)}</a></li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(data.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${htmlEscape(data.title)}</h1>
<p class="muted">Made offline by sentry-offline from saved Sentry API responses.</p>
<nav><ul>${toc.join('')}</ul></nav>
</header>
${body.join('\n')}
<footer>Drop rates follow the definition "${htmlEscape(data.definition.name)}". Charts: Vega-Lite, rendered to SVG.</footer>
</body>
</html>
`;
}
