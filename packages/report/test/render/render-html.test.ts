import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderMarkdown } from '../../src/index.js';
import { reportInput } from './report-input.js';

const SCRIPT = '<script>alert(1)</script>';
const JS_URL = 'javascript:alert(2)';
/** Every payload string carries both attacks, in every section (project, release, function, file, notes…). */
const hostile = (s: string) => `${s}${SCRIPT}"'&${JS_URL}`;

const SECTIONS = [
  'inputs',
  'usage',
  'drop-rate',
  'drop-reasons',
  'signatures',
  'crash-sites',
  'in-app',
  'splits',
];

describe('renderHtml', () => {
  it('writes every section the data supports, input summary first', async () => {
    const html = await renderHtml(buildReport(reportInput(), { title: 'June' }));
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(SECTIONS);
    expect(html).toContain('<title>June</title>');
    expect((html.match(/<figure class="chart"/g) ?? []).length).toBe(12);
  });

  it('is self-contained: no script, no external resource, a policy that forbids both', async () => {
    const html = await renderHtml(buildReport(reportInput()));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('escapes payload values in every section: no tag and no javascript: link gets through', async () => {
    const data = buildReport(reportInput(hostile), { title: hostile('June') });
    const html = await renderHtml(data);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain(SCRIPT);
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(SECTIONS);
    // the attack text is shown, escaped, in each kind of place: title, note, table cell, chart label
    expect(html).toContain(
      '<title>June&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;javascript:alert(2)</title>',
    );
    expect(html).toContain('cut short&lt;script&gt;');
    expect(html).toContain('<td>web&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const section of SECTIONS.slice(1)) {
      const body = html.slice(html.indexOf(`<section id="${section}"`));
      expect(body.slice(0, body.indexOf('</section>'))).not.toContain(SCRIPT);
    }
  });

  it('formats numbers for reading: right-aligned, thousands separators, fixed-decimal percentages', async () => {
    const html = await renderHtml(buildReport(reportInput()), { charts: false });
    expect(html).toContain('<td class="num">4,000</td>');
    expect(html).toContain('<td class="num">20.0%</td>');
    expect(html).toContain('<td class="num">9.1%</td>');
    expect(html).not.toContain('<figure');
  });

  it('cuts long names with … and keeps the full name on hover', async () => {
    const long = (s: string) => (s === 'render' ? `render${'X'.repeat(100)}` : s);
    const html = await renderHtml(buildReport(reportInput(long)), { charts: false, maxTextLength: 20 });
    expect(html).toContain(`<td class="code" title="render${'X'.repeat(100)}">render${'X'.repeat(13)}…</td>`);
  });
});

describe('renderMarkdown', () => {
  it('writes the same sections as tables, numbers right-aligned', () => {
    const md = renderMarkdown(buildReport(reportInput(), { title: 'June' }));
    expect(md.startsWith('# June\n')).toBe(true);
    expect(md.match(/^## .*/gm)).toEqual([
      '## Input summary',
      '## Usage over time by outcome',
      '## Drop rate',
      '## Top drop reasons',
      '## Top signatures',
      '## Top crash sites',
      '## In-app mix',
      '## Per release and platform',
    ]);
    expect(md).toContain('| attachment | bytes | 4,000 | 1,000 | 5,000 | 20.0% |');
    expect(md).toContain('| --- | --- | ---: |');
  });

  it('escapes payload text so that it cannot add HTML or break a table row', () => {
    const md = renderMarkdown(buildReport(reportInput(hostile), { title: 'x|y' }));
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script&gt;');
    expect(md.startsWith('# x\\|y\n')).toBe(true);
    const rows = md.split('\n').filter((l) => l.startsWith('| web'));
    for (const row of rows)
      expect(row.replace(/\\\|/g, '').split('|').length).toBe(rows[0].replace(/\\\|/g, '').split('|').length);
  });
});
