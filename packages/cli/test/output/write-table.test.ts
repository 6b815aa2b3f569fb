import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { writeTable, renderTerminalTable, type WriteTableOptions } from '../../src/index.js';
import { fakeStream } from '../util/run-cli.js';

const sample = () =>
  aq.table({
    project: ['web', '=cmd|calc', null],
    at: [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1, 1)), null],
    quantity: [12, -3, 0.5],
  });

async function write(table: aq.ColumnTable, options: WriteTableOptions): Promise<string> {
  const stream = fakeStream();
  await writeTable(table, stream, options);
  return stream.text();
}

describe('writeTable', () => {
  it('writes CSV with full ISO dates and formula cells neutralised, numbers untouched', async () => {
    expect(await write(sample(), { format: 'csv' })).toBe(
      'project,at,quantity\n' +
        'web,2024-01-01T00:00:00.000Z,12\n' +
        "'=cmd|calc,2024-01-01T01:00:00.000Z,-3\n" +
        ',,0.5\n',
    );
  });

  it('neutralises every OWASP formula start (= + - @ tab CR) and only those', async () => {
    const cells = ['=1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=1', ' =1'];
    const csv = await write(aq.table({ v: cells }), { format: 'csv' });
    expect(csv).toBe(`v\n'=1\n'+1\n'-1\n'@SUM(A1)\n'\tx\n"'\rx"\na=1\n =1\n`);
  });

  it('keeps formula cells as they are when asked', async () => {
    expect(await write(aq.table({ v: ['=1'] }), { format: 'csv', neutraliseFormulas: false })).toBe(
      'v\n=1\n',
    );
  });

  it('writes CSV in chunks without repeating the header', async () => {
    const n = 25_001;
    const csv = await write(aq.table({ i: Array.from({ length: n }, (_, i) => i) }), { format: 'csv' });
    const lines = csv.trimEnd().split('\n');
    expect(lines.length).toBe(n + 1);
    expect(lines.filter((l) => l === 'i')).toHaveLength(1);
    expect(lines[n]).toBe(String(n - 1));
  });

  it('writes JSON as an array of row objects, one per line, and NDJSON as one object per line', async () => {
    const rows =
      '{"project":"web","at":"2024-01-01T00:00:00.000Z","quantity":12}\n' +
      '{"project":"=cmd|calc","at":"2024-01-01T01:00:00.000Z","quantity":-3}\n' +
      '{"project":null,"at":null,"quantity":0.5}\n';
    expect(await write(sample(), { format: 'ndjson' })).toBe(rows);
    const json = await write(sample(), { format: 'json' });
    expect(json).toBe(`[\n${rows.trimEnd().split('\n').join(',\n')}\n]\n`);
    expect(JSON.parse(json)).toHaveLength(3);
    expect(await write(aq.table({ a: [] }), { format: 'json' })).toBe('[]\n');
  });

  it('follows the table order and filter', async () => {
    const t = sample()
      .filter((d) => d.quantity > 0)
      .orderby('quantity');
    expect(await write(t, { format: 'ndjson' })).toBe(
      '{"project":null,"at":null,"quantity":0.5}\n{"project":"web","at":"2024-01-01T00:00:00.000Z","quantity":12}\n',
    );
  });

  it('writes Markdown with escaped pipes, numbers and dates right-aligned (arquero infers the alignment)', async () => {
    expect(await write(sample(), { format: 'md' })).toBe(
      '|project|at|quantity|\n' +
        '|:-|-:|-:|\n' +
        '|web|2024-01-01T00:00:00.000Z|12|\n' +
        '|=cmd\\|calc|2024-01-01T01:00:00.000Z|-3|\n' +
        '|||0.5|\n',
    );
  });
});

describe('renderTerminalTable', () => {
  it('aligns columns, right-aligns numbers and escapes control characters', () => {
    const t = aq.table({ name: ['a', 'b\u001b[31m'], n: [1, 1234] });
    expect(renderTerminalTable(t)).toBe(
      // "name" padded to the 11 characters of the escaped "b\u001b[31m", two spaces, "n" right-aligned in 4
      'name            n\n' + '-----------  ----\n' + 'a               1\n' + 'b\\u001b[31m  1234\n',
    );
  });

  it('cuts cells longer than maxWidth with an ellipsis', () => {
    expect(renderTerminalTable(aq.table({ s: ['abcdefgh'] }), { maxWidth: 5 })).toBe('s\n-----\nabcd…\n');
  });
});
