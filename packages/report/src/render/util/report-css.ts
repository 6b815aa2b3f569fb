/** The report page's style sheet, inlined in its `<style>` element: readable tables, numbers right-aligned. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --warn: #9a6700; --bad: #d1242f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
nav a { color: #0969da; text-decoration: none; }
.muted, figcaption { color: var(--muted); }
.note { border-left: 4px solid var(--warn); background: #fff8c5; padding: 6px 10px; margin: 6px 0; }
.note.incomplete { border-color: var(--bad); background: #ffebe9; }
.note code { font-size: 12px; }
table { border-collapse: collapse; margin: 4px 0 12px; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
figure.chart { margin: 8px 0 16px; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
`;
