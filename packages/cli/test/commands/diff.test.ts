import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { STREAM_ABOVE } from '../../src/inputs/validate-ndjson-file.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/** One day of errors grouped by category and outcome. */
function stats(accepted: number, limited: number, extra: Record<string, unknown> = {}): string {
  const group = (outcome: string, n: number) => ({
    by: { category: 'error', outcome },
    totals: { 'sum(quantity)': n },
    series: { 'sum(quantity)': [n] },
  });
  return JSON.stringify({
    start: '2026-11-20T00:00:00Z',
    end: '2026-11-21T00:00:00Z',
    intervals: ['2026-11-20T00:00:00Z'],
    groups: [group('accepted', accepted), group('rate_limited', limited)],
    ...extra,
  });
}

describe('diff', () => {
  it('exits 0 and says so when nothing drifted beyond the tolerance', async () => {
    const cwd = tempDir({ 'old/may.json': stats(100, 10), 'new/june.json': stats(104, 10) });
    const run = await runCli(['diff', 'old', '--against', 'new', '--tolerance', '5%,rate=0.01'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nresult: no drift\n$/);
    expect(run.stdout).toContain('1 value moved within the tolerance');
  });

  it('exits 1 and names the value that moved beyond the tolerance', async () => {
    const cwd = tempDir({ 'old/may.json': stats(100, 10), 'new/june.json': stats(106, 10) });
    const run = await runCli(
      ['diff', 'old', '--against', 'new', '--tolerance', '5%', '--by', 'category,outcome'],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'numbers: stats (keys category, outcome)\n' +
        '    0 only in old, 0 only in new, 1 value changed beyond the tolerance, 0 within\n' +
        '  ~ category=error outcome=accepted quantity: 100 -> 106 (+6, +6%)\n',
    );
    expect(run.stdout).toMatch(/\nresult: drift in numbers\n$/);
  });

  it('--fail-on picks which drift fails the run', async () => {
    const cwd = tempDir({ 'may.json': stats(100, 10), 'june.json': stats(200, 10, { meta: {} }) });
    const both = await runCli(['diff', 'may.json', '--against', 'june.json'], { cwd });
    expect(both.stdout).toMatch(/result: drift in shape and numbers\n$/);
    expect(both.code).toBe(1);
    expect(
      (await runCli(['diff', 'may.json', '--against', 'june.json', '--fail-on', 'shape'], { cwd })).code,
    ).toBe(1);
    const cwd2 = tempDir({ 'may.json': stats(100, 10), 'june.json': stats(200, 10) });
    expect(
      (await runCli(['diff', 'may.json', '--against', 'june.json', '--fail-on', 'shape'], { cwd: cwd2 }))
        .code,
    ).toBe(0);
    expect(
      (await runCli(['diff', 'may.json', '--against', 'june.json', '--fail-on', 'numbers'], { cwd: cwd2 }))
        .code,
    ).toBe(1);
  });

  it('writes the report as JSON and as Markdown', async () => {
    const cwd = tempDir({ 'may.json': stats(100, 10), 'june.json': stats(100, 10, { meta: {} }) });
    const json = await runCli(['diff', 'may.json', '--against', 'june.json', '--format', 'json'], { cwd });
    const report = JSON.parse(json.stdout) as { drift: unknown; shape: { added: unknown[] } };
    expect(report.drift).toEqual({ shape: true, numbers: false });
    expect(report.shape.added).toEqual([{ path: '/meta', types: { object: 1 }, payloads: 1, of: 1 }]);
    const md = await runCli(['diff', 'may.json', '--against', 'june.json', '--format', 'md'], { cwd });
    expect(md.stdout).toContain('**Result: drift in shape**');
    expect(md.stdout).toContain('- ➕ `/meta` object, in 1 of 1 new payloads');
  });

  it('compares an invalid payload for its shape, and reports it invalid', async () => {
    const cwd = tempDir({
      'may.json': stats(100, 10),
      'june.json': stats(100, 10).replace('"sum(quantity)":100', '"sum(quantity)":"100"'),
    });
    const run = await runCli(['diff', 'may.json', '--against', 'june.json'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('june.json:1:');
    expect(run.stderr).toContain('(invalid: compared for shape only)');
    expect(run.stdout).toContain(
      '~ /groups/*/totals/sum(quantity) number (1) -> string (1), number (1) (payloads per type)',
    );
  });

  it('reads every payload as --kind', async () => {
    const cwd = tempDir({ 'a.json': '[]', 'b.json': '[[1795305600, 3]]' });
    const detected = await runCli(['diff', 'a.json', '--against', 'b.json'], { cwd });
    expect(detected.code).toBe(1);
    const run = await runCli(['diff', 'a.json', '--against', 'b.json', '--kind', 'stats-series'], { cwd });
    expect(run.stdout).toContain('  + /* array, in 1 of 1 new payloads\n');
    // 1795305600 s = 20779 days after 1970-01-01
    expect(run.stdout).toContain('  + timestamp=2026-11-22T00:00:00.000Z only in new\n');
    expect(run.code).toBe(1);
  });

  it.each([
    [['diff', 'may.json'], 'required option'],
    [['diff', 'may.json', '--against', 'may.json', '--tolerance', 'lots'], 'expected a number'],
    [['diff', 'may.json', '--against', 'may.json', '--fail-on', 'always'], 'Allowed choices'],
    [['diff', 'may.json', '--against', 'series.json'], 'compare payloads of one kind'],
  ])('exits 2 for a usage error: %j', async (argv, message) => {
    const cwd = tempDir({ 'may.json': stats(100, 10), 'series.json': '[[1795305600, 3]]' });
    const run = await runCli(argv, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('compares NDJSON files over 64 MiB, streamed, as the same events held in smaller files', async () => {
    // copies of two events, each with an id and issue of its own, up to just over 64 MiB; the new export drops the
    // first thousand events, moves the last thousand to another release and has a thousand events more (each id
    // once: an id saved twice would be warned about)
    const events = ['event/python-django-chained', 'event/java-spring-caused-by'].map(
      (path) => JSON.parse(readFileSync(join(repo, 'fixtures', path, 'payload.json'), 'utf8')) as object,
    );
    const line = (i: number, release: string) =>
      JSON.stringify({
        ...events[i % 2],
        eventID: i.toString(16).padStart(32, '0'),
        groupID: `g${i % 5}`,
        release: { version: release },
      });
    const old: string[] = [];
    for (let size = 0, i = 0; size <= STREAM_ABOVE + (1 << 20); i++) {
      old.push(line(i, '1.0'));
      size += old[i].length + 1;
    }
    const next = [
      ...old.slice(1000, old.length - 1000),
      ...Array.from({ length: 2000 }, (_, k) => line(old.length + k - 1000, '1.1')),
    ];
    const half = (lines: string[], from: number, to: number) => lines.slice(from, to).join('\n');
    const bad = Buffer.from(old.join('\n'));
    bad[bad.indexOf('"release"', bad.indexOf(old[2000])) + 2] = 0xff; // a byte that is not UTF-8 on line 2001
    const cwd = tempDir({
      'old.ndjson': old.join('\n'),
      'new.ndjson': next.join('\n'),
      'old/a.ndjson': half(old, 0, old.length >> 1),
      'old/b.ndjson': half(old, old.length >> 1, old.length),
      'new/a.ndjson': half(next, 0, next.length >> 1),
      'new/b.ndjson': half(next, next.length >> 1, next.length),
      'bad.ndjson': bad,
    });
    const argv = ['--by', 'release', '--format', 'json'];
    const big = await runCli(['diff', 'old.ndjson', '--against', 'new.ndjson', ...argv], { cwd });
    const small = await runCli(['diff', 'old', '--against', 'new', ...argv], { cwd });
    expect([big.code, small.code, big.stderr]).toEqual([1, 1, '']);
    expect(JSON.parse(big.stdout)).toEqual(JSON.parse(small.stdout));
    // by release: 1.0 had every old event and keeps all but the first and last thousand; 1.1 is new with two thousand
    const report = JSON.parse(big.stdout) as {
      payloads: object;
      tables: {
        rows: object;
        onlyNew: object[];
        changed: { column: string; old: unknown; new: unknown }[];
      }[];
    };
    expect(report.payloads).toEqual({ old: old.length, new: next.length });
    expect(report.tables[0].rows).toEqual({ old: 1, new: 2, both: 1 });
    expect(report.tables[0].onlyNew).toEqual([{ release: '1.1' }]);
    expect(report.tables[0].changed.map((c) => [c.column, c.old, c.new])).toEqual([
      ['events', old.length, old.length - 2000],
    ]);
    // streamed: a bad byte is named by its line (a file read whole would give its byte offset), and the file is
    // left out of its side
    const invalid = await runCli(['diff', 'bad.ndjson', '--against', 'new.ndjson'], { cwd });
    expect(invalid.stderr).toContain(
      'bad.ndjson:2001:1  bytes that are not UTF-8 on this line (invalid: left out of the old side)',
    );
    expect(invalid.stderr).toContain('no payload to compare on the old side (cli.noInput)');
  }, 120_000);

  it('warns about events saved twice within a side, not about the events both sides have', async () => {
    const text = readFileSync(
      join(repo, 'fixtures', 'raw-event', 'node-express-async', 'payload.json'),
      'utf8',
    );
    const event = JSON.parse(text) as { event_id: string };
    const other = JSON.stringify({ ...event, event_id: 'b'.repeat(32) });
    const line = JSON.stringify(event);
    const cwd = tempDir({
      // the old side has the event three times (a file, then lines 1 and 3 of an NDJSON file), and one other
      'old/a.json': text,
      'old/b.ndjson': `${line}\n${other}\n${line}\n`,
      'new/a.json': text,
      'new/b.json': other,
    });
    const run = await runCli(['diff', 'old', '--against', 'new', '--format', 'json'], { cwd });
    expect(run.stderr).toBe(
      'warning: the old side: 2 events have the event id of an earlier document (saved twice?); each copy is counted\n' +
        `  old/b.ndjson:1: event ${event.event_id} again\n` +
        `  old/b.ndjson:3: event ${event.event_id} again\n`,
    );
    // each copy is counted: four events against two
    const report = JSON.parse(run.stdout) as { payloads: object };
    expect(report.payloads).toEqual({ old: 4, new: 2 });
  });

  it('reads event files again as they were decoded the first time: UTF-16, gzip', async () => {
    const text = readFileSync(
      join(repo, 'fixtures', 'raw-event', 'node-express-async', 'payload.json'),
      'utf8',
    );
    const cwd = tempDir({
      'old/e.json': text,
      'new/e.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'gz/e.json.gz': gzipSync(text),
    });
    for (const against of ['new', 'gz']) {
      const run = await runCli(['diff', 'old', '--against', against], { cwd });
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain('1 old raw-event payload against 1 new');
      expect(run.stdout).toMatch(/\nresult: no drift\n$/);
    }
  });

  it('draws a progress line on a terminal stderr while it validates, and again while it compares; not with -q', async () => {
    const text = readFileSync(
      join(repo, 'fixtures', 'raw-event', 'node-express-async', 'payload.json'),
      'utf8',
    );
    const cwd = tempDir({ 'old/e.json': text, 'old/s.json': stats(100, 10), 'new/e.json': text });
    const erase = '\u001b[K';
    const run = await runCli(['diff', 'old/e.json', '--against', 'new', '--format', 'json'], {
      cwd,
      tty: true,
    });
    expect(run.code).toBe(0);
    // validating, then comparing: each line starts again from the first file (drawn at once; a later update
    // within 100 ms may not be drawn), and is cleared
    const lines = run.stderr.split(erase).filter((part) => part !== '\r' && part !== '');
    for (const line of lines)
      expect(line).toMatch(/^\r[12] documents, 0\.0 MB {2}\d+ documents\/s, [\d.]+ MB\/s {2}[12] files$/);
    expect(lines.filter((line) => line.startsWith('\r1 documents'))).toHaveLength(2);
    expect(run.stderr.endsWith(`\r${erase}`)).toBe(true);
    const quiet = await runCli(['diff', 'old/e.json', '--against', 'new', '--format', 'json', '-q'], {
      cwd,
      tty: true,
    });
    expect([quiet.stderr, quiet.stdout]).toEqual(['', run.stdout]);
  });

  it('--help lists every option (golden)', async () => {
    const { code, stdout } = await runCli(['diff', '--help'], { cwd: tempDir() });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('../__goldens__/diff-help.txt');
  });

  const fixtures = join(repo, 'fixtures');
  for (const kind of readdirSync(fixtures).filter((k) => !k.includes('.'))) {
    for (const name of readdirSync(join(fixtures, kind))) {
      const dir = join(fixtures, kind, name);
      const file = readdirSync(dir).find((f) => f.startsWith('payload.'));
      if (!file?.endsWith('.json')) continue;
      it(`${kind}/${name} compared with itself has no drift`, async () => {
        const path = join(dir, file);
        const run = await runCli(['diff', path, '--against', path], { cwd: repo });
        // the validate command says whether the file is valid input (it decodes UTF-16, gzip, …)
        const valid = (await runCli(['validate', path], { cwd: repo })).code === 0;
        if (valid) {
          expect(run.stderr).toBe('');
          expect(run.code).toBe(0);
          expect(run.stdout).toMatch(/\nresult: no drift\n$/);
        } else {
          // invalid input fails the run; what parses is still compared, and has no drift
          expect(run.code).toBe(1);
          if (run.stdout !== '') expect(run.stdout).toMatch(/\nresult: no drift\n$/);
        }
      });
    }
  }
});
