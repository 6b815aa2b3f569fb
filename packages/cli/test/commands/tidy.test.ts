import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STREAM_ABOVE } from '../../src/inputs/validate-ndjson-file.js';
import { ERROR_BODY, STATS_V2 } from '../util/payloads.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

/** A stats-v2 payload of hourly `accepted` counts starting at 2024-01-01T<startHour>:00Z. */
function stats(startHour: number, counts: number[]): string {
  const hour = (h: number) => `2024-01-01T${String(h).padStart(2, '0')}:00:00Z`;
  const intervals = counts.map((_, i) => hour(startHour + i));
  const total = counts.reduce((a, b) => a + b, 0);
  return JSON.stringify({
    start: intervals[0],
    end: hour(startHour + counts.length),
    intervals,
    groups: [
      {
        by: { outcome: 'accepted' },
        totals: { 'sum(quantity)': total },
        series: { 'sum(quantity)': counts },
      },
    ],
  });
}

/** A raw event with one exception of two frames (oldest call first) and one tag. */
function rawEvent(id: string, title = 'boom'): string {
  return JSON.stringify({
    event_id: id,
    platform: 'python',
    message: title,
    tags: [['env', 'prod']],
    exception: {
      values: [
        {
          type: 'ValueError',
          value: title,
          stacktrace: {
            frames: [
              { function: 'main', filename: 'app.py' },
              { function: 'parse', filename: 'parse.py' },
            ],
          },
        },
      ],
    },
  });
}

const ndjsonRows = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('tidy', () => {
  it('combines stats-v2 files: an identical overlapping row counts once', async () => {
    // a: hours 0, 1 = 1, 2; b: hours 1, 2 = 2, 5 -> hour 1 is the same in both
    const cwd = tempDir({ 'a.json': stats(0, [1, 2]), 'b.json': stats(1, [2, 5]) });
    const result = await runCli(['tidy', 'a.json', 'b.json', '--format', 'ndjson'], { cwd });
    expect(result.code).toBe(0);
    const rows = ndjsonRows(result.stdout);
    expect(rows.map((r) => [r.outcome, r.interval_start, r.quantity])).toEqual([
      ['accepted', '2024-01-01T00:00:00.000Z', 1],
      ['accepted', '2024-01-01T01:00:00.000Z', 2],
      ['accepted', '2024-01-01T02:00:00.000Z', 5],
    ]);
    expect(result.stderr).toBe('2 files: 2 valid, 0 invalid, 0 unreadable\n');
  });

  it('reports conflicting overlaps with both sources, keeps the first file, and exits 1', async () => {
    const cwd = tempDir({ 'a.json': stats(0, [1, 2]), 'b.json': stats(1, [3, 5]) });
    const result = await runCli(['tidy', 'a.json', 'b.json', '--format', 'ndjson'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 row of different files disagree');
    expect(ndjsonRows(result.stdout).map((r) => r.quantity)).toEqual([1, 2, 5]);
    const conflicts = await runCli(
      ['tidy', 'a.json', 'b.json', '--table', 'conflicts', '--format', 'ndjson'],
      { cwd },
    );
    expect(ndjsonRows(conflicts.stdout)).toEqual([
      expect.objectContaining({
        interval_start: '2024-01-01T01:00:00.000Z',
        kept_source: 'a.json',
        other_source: 'b.json',
        kept_quantity: 2,
        other_quantity: 3,
      }),
    ]);
  });

  it('refuses mixed kinds without --kind, naming the files of each kind, and writes no table', async () => {
    const cwd = tempDir({ 's.json': STATS_V2, 'e.json': rawEvent('a'.repeat(32)) });
    const result = await runCli(['tidy', 's.json', 'e.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('(cli.mixedKinds)');
    expect(result.stderr).toContain('  stats-v2: s.json\n');
    expect(result.stderr).toContain('  event/raw-event: e.json\n');
  });

  it('builds event tables from a folder and NDJSON on stdin; depth 0 is the last frame', async () => {
    const cwd = tempDir({ 'events/one.json': rawEvent('a'.repeat(32)) });
    const stdin = `${rawEvent('b'.repeat(32))}\n${rawEvent('c'.repeat(32))}\n`;
    const frames = await runCli(['tidy', 'events', '-', '--table', 'frames', '--format', 'ndjson'], {
      cwd,
      stdin,
    });
    expect(frames.code).toBe(0);
    const rows = ndjsonRows(frames.stdout).map((r) => [r.event_id, r.frame_index, r.depth, r.function]);
    expect(rows).toEqual(
      ['a', 'b', 'c'].flatMap((c) => [
        [c.repeat(32), 0, 1, 'main'],
        [c.repeat(32), 1, 0, 'parse'],
      ]),
    );
    const events = await runCli(['tidy', 'events', '-', '--format', 'ndjson'], { cwd, stdin });
    expect(ndjsonRows(events.stdout).map((r) => r.event_id)).toEqual(
      ['a', 'b', 'c'].map((c) => c.repeat(32)),
    );
    expect(events.stderr).toBe('2 files: 2 valid, 0 invalid, 0 unreadable; 3 documents, 0 rejected\n');
  });

  it('leaves invalid and unreadable files out, still writes the others, and exits 1', async () => {
    const cwd = tempDir({ 'a.json': stats(0, [1, 2]), 'bad.json': ERROR_BODY });
    const result = await runCli(['tidy', 'a.json', 'bad.json', 'gone.json', '--format', 'ndjson'], { cwd });
    expect(result.code).toBe(1);
    expect(ndjsonRows(result.stdout).map((r) => r.quantity)).toEqual([1, 2]);
    expect(result.stderr).toContain('bad.json: error-response, invalid\n');
    expect(result.stderr).toContain('gone.json: unreadable: no such file or directory\n');
    expect(result.stderr).toContain('3 files: 1 valid, 1 invalid, 1 unreadable\n');
  });

  it('draws a progress line only on a terminal stderr, cleared before a file is named and at the end; not with -q', async () => {
    const cwd = tempDir({ 'a.json': stats(0, [1, 2]), 'b.json': '{', 'c.json': stats(2, [3]) });
    const tty = await runCli(['tidy', 'a.json', 'b.json', 'c.json'], {
      cwd,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    // the first file's line, drawn at once (a later one within 100 ms may not be), cleared before b.json is named
    const erase = '\u001b[K';
    const [first, ...rest] = tty.stderr.split(erase);
    expect(first).toMatch(/^\r1 documents, 0\.0 MB {2}\d+ documents\/s, [\d.]+ MB\/s {2}1 files$/);
    expect(rest[0]).toBe('\r');
    expect(rest[1]).toMatch(/^b\.json: unknown kind, invalid/);
    expect(tty.stderr).toContain(`\r${erase}3 files: 2 valid, 1 invalid`);
    const quiet = await runCli(['tidy', 'a.json', 'b.json', 'c.json', '-q'], { cwd, tty: true });
    expect(quiet.stderr).not.toContain('documents/s');
    const pipe = await runCli(['tidy', 'a.json', 'b.json', 'c.json'], { cwd });
    expect(pipe.stderr).not.toContain('documents/s');
    expect(pipe.stdout).toBe(quiet.stdout);
  });

  it('fails with cli.noInput when no file could be tidied', async () => {
    const result = await runCli(['tidy', 'bad.json'], { cwd: tempDir({ 'bad.json': ERROR_BODY }) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('(cli.noInput)');
  });

  it('neutralises formula cells in CSV by default, and keeps them with --keep-formulas', async () => {
    const cwd = tempDir({ 'e.json': rawEvent('d'.repeat(32), '=HYPERLINK("http://x")') });
    const csv = await runCli(['tidy', 'e.json', '--table', 'exceptions'], { cwd });
    expect(csv.stdout).toContain(`,"'=HYPERLINK(""http://x"")",`);
    const raw = await runCli(['tidy', 'e.json', '--table', 'exceptions', '--keep-formulas'], { cwd });
    expect(raw.stdout).toContain(',"=HYPERLINK(""http://x"")",');
  });

  it('writes --out relative to the working folder and says how many rows', async () => {
    const cwd = tempDir({ 'a.json': stats(0, [1, 2]) });
    const result = await runCli(['tidy', 'a.json', '--out', 'usage.csv'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('wrote 2 rows of table stats to usage.csv');
    const lines = readFileSync(join(cwd, 'usage.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('project,category,outcome,reason,interval_start,interval_end,quantity,unit');
    expect(lines.slice(1)).toEqual([
      ',,accepted,,2024-01-01T00:00:00.000Z,2024-01-01T01:00:00.000Z,1,',
      ',,accepted,,2024-01-01T01:00:00.000Z,2024-01-01T02:00:00.000Z,2,',
    ]);
  });

  it('fails with cli.outputFailed (exit 1) when --out cannot be written', async () => {
    const cwd = tempDir({ 'a.json': STATS_V2 });
    const result = await runCli(['tidy', 'a.json', '--out', 'no/such/dir/x.csv'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'cannot write no/such/dir/x.csv: no such file or directory (cli.outputFailed)',
    );
  });

  it('reads the stats-summary CSV download', async () => {
    const csv = 'project_id,project_slug,accepted_errors,rate_limited_errors\n1,web,5,2\n';
    const result = await runCli(['tidy', 'summary.csv', '--format', 'ndjson'], {
      cwd: tempDir({ 'summary.csv': csv }),
    });
    expect(result.code).toBe(0);
    const rows = ndjsonRows(result.stdout).map((r) => [r.project_slug, r.category, r.outcome, r.quantity]);
    expect(rows).toContainEqual(['web', 'error', 'accepted', 5]);
    expect(rows).toContainEqual(['web', 'error', 'rate_limited', 2]);
  });

  it.each([
    [['tidy', '--kind', 'error-response', 'a.json'], '--kind error-response: these payloads hold no data'],
    [
      ['tidy', '--kind', 'stats-v2', '--table', 'frames', 'a.json'],
      '--table frames: stats-v2 payloads make the tables stats, conflicts',
    ],
    [
      ['tidy', '--table', 'frames', 'a.json'],
      '--table frames: stats-v2 payloads make the tables stats, conflicts',
    ],
    [['tidy', '--format', 'xlsx', 'a.json'], "argument 'xlsx' is invalid"],
  ])('exits 2 for the usage error %j', async (argv, message) => {
    const result = await runCli(argv, { cwd: tempDir({ 'a.json': STATS_V2 }) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('streams an NDJSON file over 64 MiB line by line; a bad line is named and the other events count', async () => {
    // raw events of ~8 KB each (a long extra value), each with an id of its own, up to just over 64 MiB
    const lines: string[] = [];
    for (let size = 0, i = 0; size <= STREAM_ABOVE + (1 << 20); i++) {
      const event = JSON.parse(rawEvent(i.toString(16).padStart(32, '0'))) as Record<string, unknown>;
      const line = JSON.stringify({ ...event, extra: { note: 'x'.repeat(8000) } });
      lines.push(line);
      size += line.length + 1;
    }
    lines[1000] = '{"broken": ';
    // a byte that is not UTF-8 on line 2001: the streamed path names the line; a file read whole would give the
    // byte offset of the first bad byte instead (so this also shows that the file was streamed)
    const bytes = Buffer.from(lines.join('\n'));
    const at = bytes.indexOf('"message":"boom"', bytes.indexOf(lines[2000])) + '"message":"b'.length;
    bytes[at] = 0xff;
    const cwd = tempDir({ 'big.ndjson': bytes });
    const result = await runCli(
      ['tidy', 'big.ndjson', '--table', 'frames', '--format', 'ndjson', '--out', 'frames.ndjson'],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('big.ndjson:1001:12');
    expect(result.stderr).toContain('big.ndjson:2001:1 (root) error: bytes that are not UTF-8 on this line');
    const rows = ndjsonRows(readFileSync(join(cwd, 'frames.ndjson'), 'utf8'));
    // two frames an event, every event but those of the two bad lines
    expect(rows.length).toBe(2 * (lines.length - 2));
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(lines.length - 2);
  }, 60_000);
});
