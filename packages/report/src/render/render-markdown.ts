import type { ReportData } from './report-data.js';
import { reportSections, type SectionTable } from './report-sections.js';
import { formatValue, isNumeric } from './util/format-value.js';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Longest text cell shown whole; longer ones are cut with `…` (default `80`). */
  maxTextLength?: number;
}

/** Markdown-safe cell text: pipes, backslashes, HTML and emphasis characters escaped, one line. */
function mdText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

function tableMd({ caption, table, columns }: SectionTable, max: number): string {
  const head = `| ${columns.map((c) => mdText(c.label)).join(' | ')} |`;
  const rule = `| ${columns.map((c) => (isNumeric(c.format) ? '---:' : '---')).join(' | ')} |`;
  const values = columns.map((c) => table.array(c.name) as ArrayLike<unknown>);
  const rows: string[] = [];
  for (let i = 0; i < table.numRows(); i++) {
    const cells = columns.map((c, j) => {
      const text = formatValue(values[j][i], c.format);
      return mdText(text.length > max ? `${text.slice(0, max - 1)}…` : text);
    });
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return [`### ${mdText(caption)}`, '', head, rule, ...rows].join('\n');
}

/**
 * Renders a report as Markdown for pull-request comments and wikis: the same sections and tables as
 * {@link renderHtml}, no charts. Payload text is escaped so that it cannot break a table or inject HTML.
 * @param data from {@link buildReport}
 * @param options maxTextLength (default `80`)
 * @example
 * const md = renderMarkdown(buildReport({ stats }, { title: 'June' }));
 */
export function renderMarkdown(data: ReportData, { maxTextLength = 80 }: RenderMarkdownOptions = {}): string {
  const parts = [`# ${mdText(data.title)}`];
  for (const section of reportSections(data)) {
    parts.push(`## ${mdText(section.title)}`);
    for (const line of section.intro) parts.push(mdText(line));
    for (const note of section.notes) {
      parts.push(`> **${note.severity}** ${mdText(note.file)}: ${mdText(note.message)}`);
    }
    for (const table of section.tables) parts.push(tableMd(table, maxTextLength));
  }
  return `${parts.join('\n\n')}\n`;
}
