import { describe, expect, it } from 'vitest';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const EVENT = JSON.stringify({
  event_id: 'a'.repeat(32),
  platform: 'native',
  timestamp: 1763802112,
  exception: {
    values: [
      {
        type: 'SIGABRT',
        stacktrace: {
          frames: [
            { function: 'main', filename: 'main.c', lineno: 3 },
            { function: 'check(int)', filename: 'check.c', lineno: 9 },
            { function: 'abort', package: '/usr/lib/libc.so.6' },
          ],
        },
      },
    ],
  },
});

describe('sentry-offline explain', () => {
  it('prints why the event gets its signature, frame by frame', async () => {
    const cwd = tempDir({ 'event.json': EVENT });
    const { code, stdout } = await runCli(['explain', 'event.json', '--strategy', 'siggen'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('siggen (frames-1): check\n');
    expect(stdout).toContain('  #0   abort     skipped  irrelevant (abort and raise)\n');
    expect(stdout).not.toContain('top-frame');
  });

  it('applies a rules file and --no-default-rules', async () => {
    const cwd = tempDir({ 'event.json': EVENT, 'rules.txt': 'function:main -group\n' });
    const { stdout } = await runCli(
      ['explain', 'event.json', '--strategy', 'sentry', '--rules', 'rules.txt', '--no-default-rules'],
      { cwd },
    );
    // no default rules: abort counts as app code; main is left out by the rule
    expect(stdout).toContain('sentry (app-depth-2): SIGABRT | abort | check\n');
    expect(stdout).toContain('skipped  rules.txt:1 function:main -group');
  });

  it('exits 1 for an event id not in the file', async () => {
    const cwd = tempDir({ 'event.json': EVENT });
    const { code, stderr } = await runCli(['explain', 'event.json', '--event', 'nope'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain('report.unknownEvent');
  });

  it('reads an export as a stream, only as far as the event it explains', async () => {
    // the event with id b…: the third line; a broken line after it is never read, one before it is named
    const other = (id: string, fn: string) =>
      JSON.stringify({
        ...(JSON.parse(EVENT) as object),
        event_id: id.repeat(32),
        exception: {
          values: [
            { type: 'TypeError', stacktrace: { frames: [{ function: fn, filename: 'app.js', lineno: 1 }] } },
          ],
        },
      });
    const lines = [EVENT, other('c', 'load'), other('b', 'render'), '{broken'];
    const cwd = tempDir({
      'export.ndjson': `${lines.join('\n')}\n`,
      'clean.ndjson': `${lines.slice(0, 3).join('\n')}\n`,
      'early.ndjson': `${EVENT}\n{broken\n${other('b', 'render')}\n`,
      'stats.json': JSON.stringify({ start: 's', end: 'e', intervals: [], groups: [] }),
      'bad.ndjson': `${JSON.stringify({ ...(JSON.parse(EVENT) as object), platform: 42 })}\n`,
    });
    const run = (...args: string[]) => runCli(['explain', ...args, '--strategy', 'top-frame'], { cwd });
    const first = await run('export.ndjson');
    expect([first.code, first.stdout.split('\n')[0]]).toEqual([
      0,
      `event ${'a'.repeat(32)}: SIGABRT, 3 frames from exception 0`,
    ]);
    const third = await run('export.ndjson', '--event', 'b'.repeat(32));
    expect([third.code, third.stderr]).toEqual([0, '']);
    expect(third.stdout.split('\n')[0]).toBe(`event ${'b'.repeat(32)}: TypeError, 1 frames from exception 0`);
    const early = await run('early.ndjson', '--event', 'b'.repeat(32));
    expect([early.code, early.stderr]).toEqual([
      1,
      expect.stringMatching(/^error: early\.ndjson: line 2: .*JSON.*\(cli\.invalidJson\)\n$/),
    ]);
    // an id that is not there: the whole file is read (a broken line on the way would be named), then the first ids
    const missing = await run('clean.ndjson', '--event', 'd'.repeat(32));
    expect(missing.stderr).toContain(
      `no event "${'d'.repeat(32)}" in clean.ndjson (its first: ${'a'.repeat(32)}, ${'c'.repeat(32)}, ${'b'.repeat(32)})`,
    );
    const stats = await run('stats.json');
    expect([stats.code, stats.stderr]).toEqual([
      1,
      'error: stats.json: a stats-v2 payload, not an event (cli.invalidInput)\n',
    ]);
    const bad = await run('bad.ndjson');
    expect([bad.code, bad.stderr]).toEqual([
      1,
      expect.stringMatching(
        /^error: bad\.ndjson:1: invalid: \/platform .*sentry-offline validate bad\.ndjson/,
      ),
    ]);
  });

  it('reads standard input the same way', async () => {
    const other = JSON.stringify({ ...(JSON.parse(EVENT) as object), event_id: 'e'.repeat(32) });
    const run = await runCli(['explain', '-', '--event', 'e'.repeat(32), '--strategy', 'siggen'], {
      cwd: tempDir(),
      stdin: `${EVENT}\n${other}\n`,
    });
    expect([run.code, run.stderr, run.stdout.split('\n')[0]]).toEqual([
      0,
      '',
      `event ${'e'.repeat(32)}: SIGABRT, 3 frames from exception 0`,
    ]);
    const none = await runCli(['explain', '-'], { cwd: tempDir(), stdin: '' });
    expect([none.code, none.stderr]).toEqual([
      1,
      'error: no event to explain: <stdin> holds none (report.unknownEvent)\n',
    ]);
  });

  it('draws a progress line on a terminal stderr while it searches, cleared before it prints; not with -q', async () => {
    const cwd = tempDir({ 'event.json': EVENT });
    const tty = await runCli(['explain', 'event.json', '--strategy', 'siggen'], { cwd, tty: true });
    expect(tty.code).toBe(0);
    // one line drawn, then cleared: \r…\u001b[K, then \r\u001b[K
    expect(tty.stderr).toMatch(/^\r\d+ events, [\d.]+ MB {2}\d+ events\/s, [\d.]+ MB\/s/);
    expect(tty.stderr.endsWith('\u001b[K\r\u001b[K')).toBe(true);
    expect(tty.stderr.split('\r').length).toBe(3);
    expect(tty.stdout).toContain('siggen (frames-1): check\n');
    const quiet = await runCli(['explain', 'event.json', '-q'], { cwd, tty: true });
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const piped = await runCli(['explain', 'event.json'], { cwd });
    expect(piped.stderr).toBe('');
  });

  it('prints its help (a golden)', async () => {
    const { code, stdout } = await runCli(['explain', '--help'], { cwd: tempDir() });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('../__goldens__/explain-help.txt');
  });
});
