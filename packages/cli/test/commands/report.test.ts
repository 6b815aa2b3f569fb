import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STREAM_ABOVE } from '../../src/inputs/validate-ndjson-file.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (path: string) => readFileSync(join(root, 'fixtures', path, 'payload.json'), 'utf8');

/** Two hours of errors: accepted 10 + 20, rate_limited 5 + 0 -> summary drop rate 5/35 = 14.3%. */
const STATS = JSON.stringify({
  start: '2024-01-01T00:00:00Z',
  end: '2024-01-01T02:00:00Z',
  intervals: ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z'],
  groups: [
    {
      by: { category: 'error', outcome: 'accepted' },
      totals: { 'sum(quantity)': 30 },
      series: { 'sum(quantity)': [10, 20] },
    },
    {
      by: { category: 'error', outcome: 'rate_limited' },
      totals: { 'sum(quantity)': 5 },
      series: { 'sum(quantity)': [5, 0] },
    },
  ],
});

/** A mixed folder: usage stats, two events, one raw event, and a file that is not a payload. */
function folder(extra: Record<string, string> = {}): string {
  return tempDir({
    'exports/stats.json': STATS,
    'exports/events/python.json': fixture('event/python-django-chained'),
    'exports/events/java.json': fixture('event/java-spring-caused-by'),
    'exports/events/node.json': fixture('raw-event/node-express-async'),
    ...extra,
  });
}

describe('report', () => {
  it('writes one self-contained HTML page over a mixed folder of stats and events', async () => {
    const cwd = folder();
    const result = await runCli(['report', 'exports', '--out', 'report.html', '--title', 'June'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('wrote report.html\n');
    const html = readFileSync(join(cwd, 'report.html'), 'utf8');
    expect(html).toContain('<title>June</title>');
    expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'inputs',
      'usage',
      'drop-rate',
      'drop-reasons',
      'signatures',
      'crash-sites',
      'in-app',
      'splits',
    ]);
    expect(html).toContain('<td class="num">14.3%</td>');
    expect(html).toContain('<td>event</td><td class="num">2</td>');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('writes the report to stdout, and only the report, without --out', async () => {
    const cwd = folder();
    const result = await runCli(['report', 'exports', '--format', 'md', '--title', 'June'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# June\n\n## Input summary\n')).toBe(true);
    expect(result.stdout).toContain('| error | count | 30 | 5 | 35 | 14.3% |');
    expect(result.stderr).toBe('');
  });

  it('names an invalid file on stderr, shows it in the summary, and exits 1', async () => {
    const cwd = folder({ 'exports/broken.json': '{"start": ' });
    const result = await runCli(['report', 'exports', '--format', 'md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('exports/broken.json');
    expect(result.stdout).toContain('| unknown | 1 | 0 | 1 | 0 | 0 |');
  });

  it('compares the signatures with a baseline', async () => {
    const cwd = folder({ 'may/python.json': fixture('event/python-django-chained') });
    const result = await runCli(['report', 'exports', '--baseline', 'may', '--format', 'md'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| vs baseline |');
    expect(result.stdout.match(/\| new \|/g)).toHaveLength(2);
    // three events of one each, tied and ranked by signature: the python one (rank 1 in the baseline) is third
    expect(result.stdout).toContain('| −2 | down |');
  });

  it('draws a progress line only on a terminal stderr, and not with --quiet', async () => {
    const cwd = folder();
    const tty = await runCli(['report', 'exports', '--out', 'r.html'], { cwd, tty: true });
    // redrawn at most every 100 ms: the first file's line is drawn, and cleared before "wrote"
    expect(tty.stderr).toMatch(/^\r\d+ documents, [\d.]+ MB {2}\d+ documents\/s, [\d.]+ MB\/s {2}1 files/);
    expect(tty.stderr.endsWith('\r\u001b[Kwrote r.html\n')).toBe(true);
    const quiet = await runCli(['report', 'exports', '--out', 'r.html', '--quiet'], { cwd, tty: true });
    expect(quiet.stderr).toBe('');
    const pipe = await runCli(['report', 'exports', '--out', 'r.html'], { cwd });
    expect(pipe.stderr).not.toContain('documents/s');
  });

  it('notes an event saved twice in the inputs section, and counts each copy', async () => {
    const python = fixture('event/python-django-chained');
    const id = (JSON.parse(python) as { eventID: string }).eventID;
    // once more in a file of its own, and once more in an NDJSON file whose other line is broken: that file is
    // invalid, so its copy counts for nothing and is not a repeat. A valid NDJSON file read after them has it a
    // third time, and another event twice (a repeat within the file)
    const other = JSON.stringify({
      ...(JSON.parse(fixture('event/java-spring-caused-by')) as object),
      eventID: 'c'.repeat(32),
    });
    const cwd = folder({
      'exports/again.json': python,
      'exports/bad.ndjson': `${python.replace(/\n/g, '')}\n{\n`,
      'exports/more.ndjson': `${python.replace(/\n/g, '')}\n${other}\n${other}\n`,
    });
    const result = await runCli(['report', 'exports', '--format', 'md'], { cwd });
    expect(result.code).toBe(1); // bad.ndjson
    const notes = result.stdout.split('\n').filter((line) => line.includes('saved twice'));
    const again = (file: string, event: string) =>
      `> **warning** exports/${file}: event ${event} again: an earlier document had it (saved twice?); each copy is counted`;
    expect(notes).toEqual([
      again('events/python.json', id),
      again('more.ndjson', id),
      again('more.ndjson', 'c'.repeat(32)),
    ]);
  });

  it('honours NO_COLOR on a terminal', async () => {
    const cwd = folder({ 'exports/broken.json': '{' });
    const coloured = await runCli(['report', 'exports', '--out', 'r.html', '-q'], { cwd, tty: true });
    expect(coloured.stderr).toContain('\u001b[');
    const plain = await runCli(['report', 'exports', '--out', 'r.html', '-q'], {
      cwd,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(plain.stderr).not.toContain('\u001b[');
  });

  it('exits 1 with cli.noInput when no file holds stats or events', async () => {
    const cwd = tempDir({ 'list.json': fixture('issues-list/org-issues') });
    const result = await runCli(['report', 'list.json', '--format', 'md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(cli.noInput)');
    expect(result.stdout).toBe('');
  });

  it('streams an NDJSON file over 64 MiB: the report of the same events held in smaller files', async () => {
    // copies of three events, each with an id, issue, date and release of its own, up to just over 64 MiB
    const events = [
      'event/python-django-chained',
      'event/java-spring-caused-by',
      'event/cocoa-swift-crashed-thread',
    ].map((path) => JSON.parse(fixture(path)) as Record<string, unknown>);
    const lines: string[] = [];
    for (let size = 0, i = 0; size <= STREAM_ABOVE + (1 << 20); i++) {
      const line = JSON.stringify({
        ...events[i % 3],
        eventID: i.toString(16).padStart(32, '0'),
        groupID: `g${i % 7}`,
        dateCreated: new Date(Date.UTC(2026, 10, 1 + (i % 20))).toISOString(),
        release: { version: `1.${i % 4}` },
      });
      lines.push(line);
      size += line.length + 1;
    }
    const half = lines.length >> 1;
    const broken = [...lines];
    broken[1000] = '{"broken": ';
    const cwd = tempDir({
      'big.ndjson': lines.join('\n'),
      'halves/a.ndjson': lines.slice(0, half).join('\n'),
      'halves/b.ndjson': lines.slice(half).join('\n'),
      'broken/big.ndjson': broken.join('\n'),
      'broken/one.json': fixture('event/python-django-chained'),
    });
    const big = await runCli(['report', 'big.ndjson', '--format', 'md'], { cwd, tty: true });
    // streamed, not read whole: the progress line shows bytes read before the file's first document is counted
    expect(big.stderr).toMatch(/^\r0 documents, [1-9][\d.]* MB/);
    const halves = await runCli(['report', 'halves', '--format', 'md'], { cwd });
    expect([big.code, halves.code]).toEqual([0, 0]);
    const afterFiles = (md: string) => md.slice(md.indexOf('## Top signatures'));
    expect(afterFiles(big.stdout)).toContain(`${lines.length} events.`);
    expect(afterFiles(big.stdout)).toEqual(afterFiles(halves.stdout));
    expect(big.stdout).toContain('| 1.3 |');
    // a file is used whole or not at all: with one bad line, none of its events count
    const bad = await runCli(['report', 'broken', '--format', 'md'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('big.ndjson:1001:12');
    expect(afterFiles(bad.stdout)).toMatch(/^## Top signatures\n\n1 events?\./);
  }, 60_000);

  it('prints its help', async () => {
    const result = await runCli(['report', '--help'], { cwd: tempDir() });
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('../__goldens__/report-help.txt');
  });
});
