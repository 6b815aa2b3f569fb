import type { ShapeDrift, ShapeType } from '@sentry-offline/schema';
import type { DriftCell } from '../util/drift-cell.js';
import { escapeControl } from '../util/escape-control.js';
import type { DriftReport } from './diff-payloads.js';
import type { SignaturesDrift } from './diff-signatures.js';
import type { TableDrift } from './diff-tables.js';

/** Options of {@link renderDrift}. */
export interface RenderDriftOptions {
  /** `text` for a terminal, `md` for a pull-request comment (default `'text'`). */
  format?: 'text' | 'md';
  /** Items shown per list before "… and N more" (default `20`). */
  limit?: number;
}

interface Style {
  heading(text: string): string;
  item(mark: string, text: string): string;
  code(text: string): string;
}

const TEXT: Style = {
  heading: (text) => text,
  item: (mark, text) => `  ${mark} ${escapeControl(text)}`,
  code: (text) => text,
};
const MD_MARKS: Record<string, string> = { '+': '➕ ', '-': '➖ ', '~': '✏️ ', '!': '⚠️ ' };
const MD: Style = {
  heading: (text) => `\n#### ${text}\n`,
  item: (mark, text) => `- ${MD_MARKS[mark] ?? ''}${escapeControl(text)}`,
  code: (text) => `\`${text.replace(/`/g, "'")}\``,
};

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

function cell(value: DriftCell): string {
  return typeof value === 'number' ? num(value) : JSON.stringify(value);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function types(t: Partial<Record<ShapeType, number>>, of?: number): string {
  return Object.entries(t)
    .map(([type, n]) => (of === undefined ? `${type} (${n})` : type))
    .join(', ');
}

function limited(lines: string[], limit: number, s: Style): string[] {
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), s.item('…', `and ${lines.length - limit} more`)];
}

function shapeLines(shape: ShapeDrift, s: Style, limit: number): string[] {
  const lines = [
    ...shape.added.map((a) =>
      s.item('+', `${s.code(a.path)} ${types(a.types, a.of)}, in ${a.payloads} of ${a.of} new payloads`),
    ),
    ...shape.removed.map((r) =>
      s.item('-', `${s.code(r.path)} ${types(r.types, r.of)}, was in ${r.payloads} of ${r.of} old payloads`),
    ),
    ...shape.typeChanged.map((t) =>
      s.item('~', `${s.code(t.path)} ${types(t.old)} -> ${types(t.new)} (payloads per type)`),
    ),
    ...shape.enums.map((e) =>
      e.change === 'added'
        ? s.item(
            '+',
            `${e.name} ${s.code(e.value)} at ${s.code(e.path)}, in ${e.payloads} of ${e.of} new payloads`,
          )
        : s.item(
            '-',
            `${e.name} ${s.code(e.value)} at ${s.code(e.path)}, was in ${e.payloads} of ${e.of} old payloads`,
          ),
    ),
  ];
  return [s.heading(lines.length === 0 ? 'shape: no drift' : 'shape'), ...limited(lines, limit, s)];
}

function keyText(key: Record<string, DriftCell>, s: Style): string {
  return s.code(
    Object.entries(key)
      .map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`)
      .join(' '),
  );
}

function tableLines(title: string, drift: TableDrift, s: Style, limit: number): string[] {
  const { onlyOld, onlyNew, changed, withinTolerance, rows } = drift;
  const head = `${title} (keys ${drift.keys.join(', ') || 'none'})`;
  if (onlyOld.length + onlyNew.length + changed.length === 0) {
    const within =
      withinTolerance > 0 ? `, ${plural(withinTolerance, 'value')} moved within the tolerance` : '';
    return [
      s.heading(`${head}: no drift`),
      s.item(' ', `${plural(rows.both, 'row')} on both sides${within}`),
    ];
  }
  const summary = `${onlyOld.length} only in old, ${onlyNew.length} only in new, ${plural(changed.length, 'value')} changed beyond the tolerance, ${withinTolerance} within`;
  const lines = [
    ...onlyOld.map((k) => s.item('-', `${keyText(k, s)} only in old`)),
    ...onlyNew.map((k) => s.item('+', `${keyText(k, s)} only in new`)),
    ...changed.map((c) => {
      const delta =
        c.delta === null
          ? ''
          : ` (${c.delta >= 0 ? '+' : ''}${num(c.delta)}${c.relative === null ? '' : `, ${c.relative >= 0 ? '+' : ''}${num(c.relative * 100)}%`})`;
      return s.item('~', `${keyText(c.key, s)} ${c.column}: ${cell(c.old)} -> ${cell(c.new)}${delta}`);
    }),
  ];
  return [s.heading(head), s.item(' ', summary), ...limited(lines, limit, s)];
}

function signatureLines(drift: SignaturesDrift, s: Style, limit: number): string[] {
  const head = `top ${drift.top} signatures (${drift.strategy})`;
  if (drift.moved.length === 0) return [s.heading(`${head}: no drift`)];
  const lines = drift.moved.map((m) => {
    const was = m.oldRank === null ? 'not in the old top' : `was #${m.oldRank}`;
    const rank = m.rank === null ? 'out of the top' : `#${m.rank}`;
    return s.item(
      m.status === 'new' ? '+' : m.status === 'dropped' ? '-' : '~',
      `${m.status} ${rank} (${was}) ${s.code(m.signature)}: ${m.oldCount} -> ${m.count} events`,
    );
  });
  return [s.heading(head), ...limited(lines, limit, s)];
}

function verdict(report: DriftReport): string {
  const { shape, numbers } = report.drift;
  if (shape && numbers) return 'drift in shape and numbers';
  if (shape) return 'drift in shape';
  if (numbers) return 'drift in numbers';
  return 'no drift';
}

/**
 * Renders a drift report for people: a readable terminal report (`text`) or Markdown for a pull-request comment
 * (`md`): the shape changes, then each table's rows only on one side and values changed beyond the tolerance, drop
 * rates and top signatures, then the verdict.
 * @param report a report from `diffPayloads`
 * @param options format (default `'text'`), limit (default `20`)
 * @example
 * process.stdout.write(renderDrift(diffPayloads(may, june), { format: 'md' }));
 */
export function renderDrift(
  report: DriftReport,
  { format = 'text', limit = 20 }: RenderDriftOptions = {},
): string {
  const s = format === 'md' ? MD : TEXT;
  const kind = report.kind ?? 'mixed';
  const title = `sentry-offline diff: ${plural(report.payloads.old, `old ${kind} payload`)} against ${report.payloads.new} new`;
  const lines = [
    format === 'md' ? `### ${title}\n\n**Result: ${verdict(report)}**` : title,
    ...shapeLines(report.shape, s, limit),
  ];
  for (const t of report.tables) lines.push(...tableLines(`numbers: ${t.name}`, t, s, limit));
  if (report.drops) lines.push(...tableLines('drop rates', report.drops, s, limit));
  if (report.signatures) lines.push(...signatureLines(report.signatures, s, limit));
  if (report.notes.length > 0) lines.push(s.heading('notes'), ...report.notes.map((n) => s.item('!', n)));
  if (format === 'text') lines.push(`result: ${verdict(report)}`);
  return `${lines.join('\n')}\n`;
}
