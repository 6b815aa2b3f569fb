import { describe, expect, it } from 'vitest';
import { ERROR_BODY, STATS_V2, STATS_V2_TRUNCATED } from '../util/payloads.js';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

describe('validate', () => {
  it('prints each file, a line per problem and a summary; exits 1 when a file is invalid or unreadable', async () => {
    const cwd = tempDir({
      'data/a-good.json': STATS_V2,
      'data/b-truncated.json': STATS_V2_TRUNCATED,
      'data/c-error.json': ERROR_BODY,
      'data/notes.md': '# notes',
    });
    const result = await runCli(['validate', 'data', 'missing.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const facts = 'interval 1h, intervals 2, groups 1, groupBy outcome, fields sum(quantity)';
    // the truncated file: `"sum(quantity)": 5` in the totals of group 0 is on line 14, indented by 8 spaces
    expect(result.stdout.split('\n')).toEqual([
      `data/a-good.json: stats-v2, valid (${facts})`,
      `data/b-truncated.json: stats-v2, valid with warnings (${facts}, truncated)`,
      expect.stringMatching(
        /^ {2}data\/b-truncated\.json:14:9 \/groups\/0\/totals\/sum\(quantity\) warning: is 5 .*124665/,
      ),
      'data/c-error.json: error-response, invalid',
      expect.stringMatching(
        /^ {2}data\/c-error\.json:1:2 \/detail error: a Sentry API error body, not data: "You do not/,
      ),
      'data/notes.md: skipped: not a .json, .ndjson, .jsonl or .csv file (optionally .gz)',
      'missing.json: unreadable: no such file or directory',
      '4 files: 2 valid (1 with warnings), 1 invalid, 1 unreadable; 1 skipped',
      '',
    ]);
  });

  it('exits 0 when every file is valid, warnings included', async () => {
    const cwd = tempDir({ 'a.json': STATS_V2, 'b.json': STATS_V2_TRUNCATED });
    const result = await runCli(['validate', 'a.json', 'b.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 files: 2 valid (1 with warnings), 0 invalid, 0 unreadable',
    );
  });

  it('--quiet lists only the files with problems, then the summary', async () => {
    const cwd = tempDir({
      'a.json': STATS_V2,
      'b.json': STATS_V2_TRUNCATED,
      'c.txt': 'x',
      'd.json': ERROR_BODY,
    });
    const { stdout } = await runCli(['validate', '--quiet', '.'], { cwd });
    const headings = stdout.split('\n').filter((line) => line !== '' && !line.startsWith('  '));
    expect(headings).toEqual([
      expect.stringMatching(/^b\.json: stats-v2, valid with warnings/),
      'd.json: error-response, invalid',
      '3 files: 2 valid (1 with warnings), 1 invalid, 0 unreadable; 1 skipped',
    ]);
  });

  it('--strict turns warnings into errors and exits 1', async () => {
    const cwd = tempDir({ 'b.json': STATS_V2_TRUNCATED });
    const result = await runCli(['validate', '--strict', 'b.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(' error: ');
    expect(result.stdout).toContain('1 file: 0 valid, 1 invalid, 0 unreadable');
  });

  it('--kind validates as the given kind and says what the file looks like instead', async () => {
    const cwd = tempDir({ 'e.json': ERROR_BODY });
    const result = await runCli(['validate', '--kind', 'stats-v2', 'e.json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('e.json: stats-v2, invalid');
    expect(result.stdout).toMatch(
      /e\.json:1:1 \(root\) error: expected a stats-v2 payload, but this looks like error-response/,
    );
  });

  it('reads stdin for -', async () => {
    const result = await runCli(['validate', '-'], { cwd: tempDir(), stdin: STATS_V2 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<stdin>: stats-v2, valid/);
  });

  it('exits 1 with a message when there is no file at all to validate', async () => {
    const cwd = tempDir({ 'only/readme.txt': 'x' });
    const result = await runCli(['validate', 'only'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'only/readme.txt: skipped: not a .json, .ndjson, .jsonl or .csv file (optionally .gz)\n0 files: 0 valid, 0 invalid, 0 unreadable; 1 skipped\n',
    );
    expect(result.stderr).toContain('no files to validate');
  });

  it('--format json prints files, skipped and a summary that adds up', async () => {
    const cwd = tempDir({ 'd/a.json': STATS_V2, 'd/b.json': ERROR_BODY, 'd/c.txt': 'x' });
    const result = await runCli(['validate', '--format', 'json', 'd', 'nothing/*.json'], { cwd });
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(
      out.files.map((f: { file: string; kind: string; valid: boolean; status: string }) => [
        f.file,
        f.kind,
        f.valid,
        f.status,
      ]),
    ).toEqual([
      ['d/a.json', 'stats-v2', true, 'valid'],
      ['d/b.json', 'error-response', false, 'invalid'],
      ['nothing/*.json', null, false, 'unreadable'],
    ]);
    expect(out.files[1].issues).toEqual([
      expect.objectContaining({
        file: 'd/b.json',
        pointer: '/detail',
        line: 1,
        column: 2,
        severity: 'error',
        keyword: 'errorResponse',
      }),
    ]);
    expect(out.files[2]).toMatchObject({ reason: 'the glob matched no files', code: 'noMatch' });
    expect(out.skipped).toEqual([
      { file: 'd/c.txt', reason: 'not a .json, .ndjson, .jsonl or .csv file (optionally .gz)' },
    ]);
    expect(out.summary).toEqual({
      files: 3,
      read: 2,
      valid: 1,
      withWarnings: 0,
      invalid: 1,
      unreadable: 1,
      skipped: 1,
      documents: 2,
      rejected: 1,
      records: { read: 2, counted: 1, rejected: 1, reasons: { errorResponse: 1 } },
    });
  });

  it('--format json prints an empty list when nothing was read', async () => {
    const result = await runCli(['validate', '--format', 'json', 'x.json'], { cwd: tempDir() });
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 1, unreadable: 1 });
  });

  it('colours only a terminal, and never with NO_COLOR', async () => {
    const cwd = tempDir({ 'e.json': ERROR_BODY });
    expect((await runCli(['validate', 'e.json'], { cwd, tty: true })).stdout).toContain(
      '\u001b[31merror\u001b[39m',
    );
    expect(
      (await runCli(['validate', 'e.json'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
    expect((await runCli(['validate', 'e.json'], { cwd })).stdout).not.toContain('\u001b[');
  });

  it('shows a progress line on a terminal’s stderr and clears it at the end; nothing when not a terminal', async () => {
    const cwd = tempDir({ 'a.json': STATS_V2, 'b.ndjson': `${ERROR_BODY}\n${ERROR_BODY}\n` });
    const tty = await runCli(['validate', 'a.json', 'b.ndjson'], { cwd, tty: true });
    // the first update draws at once (a later one within 100 ms may not)
    const first = tty.stderr.split('\u001b[K')[0];
    expect(first).toMatch(/^\r1 documents, 0\.0 MB {2}\d+ documents\/s, [\d.]+ MB\/s {2}1 files$/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect((await runCli(['validate', 'a.json', 'b.ndjson'], { cwd })).stderr).toBe('');
  });

  it('escapes control characters from file contents and names', async () => {
    const cwd = tempDir({ 'e.json': '{"detail": "\\u001b[2Jgone"}' });
    const { stdout } = await runCli(['validate', 'e.json'], { cwd });
    expect(stdout).not.toContain('\u001b');
  });
});
