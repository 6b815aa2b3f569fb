import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

/** A raw Node event: frames oldest call first; `inner` is the function at the crash site's in-app frame. */
function event(id: string, type: string, inner: string, release = '1.0'): string {
  return JSON.stringify({
    event_id: id,
    platform: 'node',
    release,
    timestamp: 1763802112,
    exception: {
      values: [
        {
          type,
          value: 'boom',
          stacktrace: {
            frames: [
              { function: 'main', filename: 'src/main.js', lineno: 1 },
              { function: inner, filename: 'src/cart.js', lineno: 10 },
              {
                function: 'sum',
                filename: 'node_modules/lodash/sum.js',
                abs_path: '/app/node_modules/lodash/sum.js',
                lineno: 3,
              },
            ],
          },
        },
      ],
    },
  });
}

const ID = (n: number) => n.toString(16).padStart(32, '0');
// current: 3 x TypeError in total, 1 x RangeError in parse (release 2.0); baseline: 2 x TypeError in total
const CURRENT = [
  event(ID(1), 'TypeError', 'total'),
  event(ID(2), 'TypeError', 'total'),
  event(ID(3), 'TypeError', 'total', '2.0'),
  event(ID(4), 'RangeError', 'parse', '2.0'),
].join('\n');
const BASELINE = [event(ID(5), 'TypeError', 'total'), event(ID(6), 'TypeError', 'total')].join('\n');

describe('sentry-offline frames', () => {
  it('ranks signatures as CSV, with an other row that makes the counts add up', async () => {
    const cwd = tempDir({ 'events.ndjson': CURRENT });
    const { code, stdout } = await runCli(['frames', 'events.ndjson', '--top', '1', '--format', 'csv'], {
      cwd,
    });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'rank,signature,count,share,issues,first_seen,last_seen,in_app_ratio,example_event',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '1,TypeError | total | main,3',
      ',other (1 signatures),1',
    ]);
  });

  it('shows shares as percentages in Markdown, as fractions in CSV', async () => {
    const cwd = tempDir({ 'events.ndjson': CURRENT });
    const md = await runCli(['frames', 'events.ndjson', '--format', 'md'], { cwd });
    expect(md.stdout).toContain('|1|TypeError \\| total \\| main|3|75.0%|');
  });

  it('uses the strategy asked for, and the rules file', async () => {
    const cwd = tempDir({ 'events.ndjson': CURRENT, 'rules.txt': 'path:**/node_modules/lodash/** +app\n' });
    const top = await runCli(['frames', 'events.ndjson', '--strategy', 'top-frame', '--format', 'json'], {
      cwd,
    });
    expect(JSON.parse(top.stdout).map((r: { signature: string }) => r.signature)).toEqual([
      'TypeError @ src/cart.js:10',
      'RangeError @ src/cart.js:10',
    ]);
    const ruled = await runCli(['frames', 'events.ndjson', '--rules', 'rules.txt', '--format', 'json'], {
      cwd,
    });
    expect(JSON.parse(ruled.stdout)[0].signature).toBe('TypeError | sum | total | main');
  });

  it('splits by release', async () => {
    const cwd = tempDir({ 'events.ndjson': CURRENT });
    const { stdout } = await runCli(['frames', 'events.ndjson', '--by', 'release', '--format', 'json'], {
      cwd,
    });
    expect(JSON.parse(stdout).map((r: Record<string, unknown>) => [r.release, r.signature, r.count])).toEqual(
      [
        ['1.0', 'TypeError | total | main', 2],
        ['2.0', 'RangeError | parse | main', 1],
        ['2.0', 'TypeError | total | main', 1],
      ],
    );
  });

  it('compares with a baseline and fails on a new signature in the top N', async () => {
    const cwd = tempDir({ 'now.ndjson': CURRENT, 'before.ndjson': BASELINE });
    const gate = await runCli(
      ['frames', 'now.ndjson', '--baseline', 'before.ndjson', '--fail-on-new', '2', '--format', 'json'],
      { cwd },
    );
    expect(gate.code).toBe(1);
    expect(JSON.parse(gate.stdout).map((r: Record<string, unknown>) => [r.signature, r.status])).toEqual([
      ['TypeError | total | main', 'same'],
      ['RangeError | parse | main', 'new'],
    ]);
    expect(gate.stderr).toContain('new signature in the top 2: #2 RangeError | parse | main (1 events)');
    const pass = await runCli(['frames', 'now.ndjson', '--baseline', 'before.ndjson', '--fail-on-new', '1'], {
      cwd,
    });
    expect(pass.code).toBe(0);
  });

  it('refuses --fail-on-new without --baseline (usage) and reports a bad rules file with its line (invalid input)', async () => {
    const cwd = tempDir({ 'events.ndjson': CURRENT, 'rules.txt': 'path:** -app\nfunction: +app\n' });
    expect((await runCli(['frames', 'events.ndjson', '--fail-on-new', '3'], { cwd })).code).toBe(2);
    const bad = await runCli(['frames', 'events.ndjson', '--rules', 'rules.txt'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('rules.txt:2:10');
    expect(bad.stderr).toContain('report.invalidRule');
  });

  it('writes the other tables: stacks, hot files, compare', async () => {
    const cwd = tempDir({ 'events.ndjson': CURRENT });
    const stacks = await runCli(['frames', 'events.ndjson', '--table', 'stacks', '--format', 'csv'], { cwd });
    expect(stacks.stdout.trim().split('\n')).toEqual([
      'kind,events,share',
      'none,0,0',
      'system,0,0',
      'app,0,0',
      'mixed,4,1',
    ]);
    const hot = await runCli(['frames', 'events.ndjson', '--table', 'hot-files', '--format', 'json'], {
      cwd,
    });
    // per event: src/cart.js (rank 0: 1) and src/main.js (rank 1: 0.5)
    expect(JSON.parse(hot.stdout).map((r: Record<string, unknown>) => [r.file, r.weight])).toEqual([
      ['src/cart.js', 4],
      ['src/main.js', 2],
    ]);
    const compare = await runCli(['frames', 'events.ndjson', '--table', 'compare', '--format', 'json'], {
      cwd,
    });
    // siggen names the lodash frame for every event: one group that the other strategies split in two
    expect(
      JSON.parse(compare.stdout).map((r: Record<string, unknown>) => [
        r.merged_by,
        r.signature,
        r.split_into,
      ]),
    ).toEqual([
      ['siggen', 'sum', 2],
      ['siggen', 'sum', 2],
    ]);
  });

  it('reports files that are not events and exits 1', async () => {
    const cwd = tempDir({
      'events.ndjson': CURRENT,
      'stats.json':
        '{"start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","intervals":["2024-01-01T00:00:00Z"],"groups":[]}',
    });
    const { code, stdout, stderr } = await runCli(
      ['frames', 'events.ndjson', 'stats.json', '--format', 'csv'],
      {
        cwd,
      },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('stats.json: a stats-v2 payload, not an event');
    expect(stderr).toContain('2 files read (');
    expect(stderr).toContain('): 4 events, 1 documents left out');
    expect(stdout.trim().split('\n').length).toBe(3); // the events are still reported
  });

  it('accounts for every input: unreadable, skipped and events-list rows without a stack', async () => {
    const row = { eventID: ID(9), dateCreated: '2024-01-01T00:00:00Z', title: 'x', 'event.type': 'error' };
    const cwd = tempDir({ 'events.ndjson': CURRENT, 'list.json': JSON.stringify([row]) });
    const { code, stderr } = await runCli(
      ['frames', 'events.ndjson', 'events.ndjson', 'list.json', 'missing.json'],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('events.ndjson: skipped: already read (named more than once)');
    expect(stderr).toContain('missing.json: unreadable: ');
    expect(stderr).toContain('list.json[0]: an events-list row without entries (no stack to read)');
    expect(stderr).toContain('2 files read (');
    expect(stderr).toContain('): 4 events, 1 documents left out');
  });

  it('warns, and counts each copy, when an event was saved twice; the exit code stays 0', async () => {
    const first = CURRENT.split('\n')[0];
    const cwd = tempDir({ 'events.ndjson': CURRENT, 'again.json': first });
    const { code, stderr } = await runCli(['frames', 'events.ndjson', 'again.json', '--format', 'csv'], {
      cwd,
    });
    expect(code).toBe(0);
    const id = JSON.parse(first) as { event_id?: string; eventID?: string };
    expect(stderr).toContain(
      'warning: 1 events have the event id of an earlier document (saved twice?); each copy is counted\n' +
        `  again.json: event ${id.eventID ?? id.event_id} again\n`,
    );
    expect(stderr).toContain('): 5 events, 0 documents left out');
    // standard input is read whole, not streamed, and counts and warns the same way
    const piped = await runCli(['frames', '-', '--format', 'json'], { cwd, stdin: `${CURRENT}\n${first}\n` });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toContain(
      'warning: 1 events have the event id of an earlier document (saved twice?); each copy is counted\n' +
        `  <stdin>:${CURRENT.split('\n').length + 1}: event ${id.eventID ?? id.event_id} again\n`,
    );
    expect(piped.stderr).toContain('5 events, ');
    // an id is the payload's own text: its control characters are shown as escapes
    const odd = event('x\u001b[2J', 'TypeError', 'total');
    const escaped = await runCli(['frames', 'odd.ndjson', '--format', 'csv'], {
      cwd: tempDir({ 'odd.ndjson': `${odd}\n${odd}\n` }),
    });
    expect(escaped.stderr).toContain('  odd.ndjson:2: event x\\u001b[2J again\n');
  });

  it('streams standard input like a file: plain or gzip, beside files, bad documents named by their line', async () => {
    const lines = CURRENT.split('\n');
    const cwd = tempDir({ 'more.ndjson': lines[0] });
    const stdin = `${lines.slice(1).join('\n')}\n{broken\n`;
    for (const input of [stdin, gzipSync(stdin)]) {
      const run = await runCli(['frames', '-', 'more.ndjson', '-', '--format', 'csv'], { cwd, stdin: input });
      expect(run.code).toBe(1); // the broken line
      expect(run.stderr).toContain(`<stdin>:${lines.length}: `);
      expect(run.stderr).toContain('<stdin>: skipped: already read (named more than once)');
      expect(run.stderr).toContain(`2 files read (`);
      expect(run.stderr).toContain(`): ${lines.length} events, 1 documents left out`);
    }
  });

  it('says how many events were transactions, which have no crash stack and are not in the report', async () => {
    const transaction = JSON.stringify({ event_id: ID(8), type: 'transaction', platform: 'node', spans: [] });
    const cwd = tempDir({ 'events.ndjson': `${CURRENT}\n${transaction}` });
    const { code, stderr } = await runCli(['frames', 'events.ndjson', '--format', 'csv'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toContain('): 5 events (1 transactions, not in the report), 0 documents left out');
    expect(stderr).toContain('4 events, 2 sentry signatures');
  });

  it('takes --workers (the same tables with 0 and 1) and refuses a bad value', async () => {
    const cwd = tempDir({
      'a.ndjson': CURRENT,
      'b.ndjson': BASELINE,
      'c.json': event(ID(7), 'KeyError', 'load'),
    });
    const args = ['frames', 'a.ndjson', 'b.ndjson', 'c.json', '--format', 'json'];
    const inline = await runCli([...args, '--workers', '0'], { cwd });
    const pooled = await runCli([...args, '--workers', '1'], { cwd });
    expect([inline.code, pooled.code]).toEqual([0, 0]);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(JSON.parse(inline.stdout).map((r: { count: number }) => r.count)).toEqual([5, 1, 1]);
    const bad = await runCli([...args, '--workers', 'two'], { cwd });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('expected auto or a whole number')]);
  });

  it('prints its help (a golden)', async () => {
    const { code, stdout } = await runCli(['frames', '--help'], { cwd: tempDir() });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('../__goldens__/frames-help.txt');
  });
});
