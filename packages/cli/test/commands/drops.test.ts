import { describe, expect, it } from 'vitest';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

/** Two hours of errors and attachments. Errors: accepted 30, rate_limited 5, client_discard 4 -> summary 5/39. */
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
    {
      by: { category: 'error', outcome: 'client_discard' },
      totals: { 'sum(quantity)': 4 },
      series: { 'sum(quantity)': [4, 0] },
    },
    {
      by: { category: 'attachment', outcome: 'accepted' },
      totals: { 'sum(quantity)': 1000 },
      series: { 'sum(quantity)': [1000, 0] },
    },
  ],
});

/** STATS whose accepted errors total 40 but whose series adds up to 30: Sentry's truncation. */
const TRUNCATED = STATS.replace('"sum(quantity)":30', '"sum(quantity)":40');

/** One project, errors: accepted 90, invalid 4, rate_limited 6, filtered 10 -> summary 10/110. */
const SUMMARY = JSON.stringify({
  start: '2024-01-01T00:00:00Z',
  end: '2024-01-02T00:00:00Z',
  projects: [
    {
      id: 7,
      slug: 'web',
      stats: [
        {
          category: 'error',
          outcomes: { accepted: 90, filtered: 10, rate_limited: 6, invalid: 4, abuse: 0, client_discard: 0 },
          totals: { dropped: 10, 'sum(quantity)': 110 },
        },
      ],
    },
  ],
});

describe('drops', () => {
  it('prints the definition, then a table of rates by category', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const result = await runCli(['drops', 'june.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^definition: summary \(/);
    expect(result.stdout).toMatch(/attachment/);
    // 5 / 39 = 12.82%, shown as a percentage for people
    expect(result.stdout).toMatch(/ 12\.82%/);
  });

  it('writes JSON with the definition, the health notes and one object per row', async () => {
    const cwd = tempDir({ 'june.json': TRUNCATED });
    const result = await runCli(['drops', 'june.json', '--format', 'json', '--definition', 'usage-page'], {
      cwd,
    });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      definition: { name: string };
      health: { code: string; severity: string }[];
      rows: Record<string, unknown>[];
    };
    expect(out.definition.name).toBe('usage-page');
    expect(out.health.map((h) => [h.severity, h.code])).toEqual([
      ['incomplete', 'truncatedSeries'],
      ['warning', 'totals'],
    ]);
    const error = out.rows.find((r) => r.category === 'error')!;
    // usage-page leaves client_discard out: 5 / (30 + 5)
    expect([error.dropped, error.excluded, error.total, error.rate]).toEqual([5, 4, 35, 5 / 35]);
  });

  it('keeps CSV clean and sends the health notes to stderr', async () => {
    const cwd = tempDir({ 'june.json': TRUNCATED });
    const result = await runCli(['drops', 'june.json', '--format', 'csv', '--by', 'category,outcome'], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'category,outcome,unit,accepted,dropped,other,excluded,total,rate,rate_low,rate_high',
    );
    expect(result.stderr).toMatch(/^incomplete: june\.json: a time series adds up to less/);
  });

  it('puts the notes above the Markdown table', async () => {
    const cwd = tempDir({ 'june.json': TRUNCATED });
    const result = await runCli(['drops', 'june.json', '--format', 'md'], { cwd });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Definition: `summary` — /);
    expect(lines[2]).toMatch(/^- \*\*incomplete\*\* june\.json: /);
    expect(lines.findIndex((l) => l.startsWith('|'))).toBeGreaterThan(2);
  });

  it('re-buckets by day in a time zone', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const result = await runCli(
      ['drops', 'june.json', '--format', 'json', '--interval', '1d', '--tz', 'America/New_York'],
      { cwd },
    );
    const rows = (JSON.parse(result.stdout) as { rows: Record<string, unknown>[] }).rows;
    // 00:00Z and 01:00Z are 19:00 and 20:00 on 31 December in New York
    expect(rows.map((r) => [r.category, r.interval_start, r.total])).toEqual([
      ['attachment', '2023-12-31T05:00:00.000Z', 1000],
      ['error', '2023-12-31T05:00:00.000Z', 39],
    ]);
  });

  it('--fail-above exits 1 and names the rows above the rate', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const result = await runCli(['drops', 'june.json', '--fail-above', '10%'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('drop rate above 0.1: category=error rate=0.1282 (5/39)\n');
    const ok = await runCli(['drops', 'june.json', '--fail-above', '0.2'], { cwd });
    expect(ok.code).toBe(0);
  });

  it('reads stats-summary files and groups them by project', async () => {
    const cwd = tempDir({ 'summary.json': SUMMARY });
    const result = await runCli(['drops', 'summary.json', '--format', 'json', '--by', 'project,category'], {
      cwd,
    });
    expect(result.code).toBe(0);
    const rows = (JSON.parse(result.stdout) as { rows: Record<string, unknown>[] }).rows;
    expect(rows.map((r) => [r.project, r.category, r.dropped, r.total])).toEqual([[7, 'error', 10, 110]]);
  });

  it('refuses to add bytes to counts (exit 1) unless --mix-units', async () => {
    const cwd = tempDir({ 'june.json': STATS });
    const refused = await runCli(['drops', 'june.json', '--by', 'outcome'], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bytes and count/);
    const mixed = await runCli(['drops', 'june.json', '--by', 'outcome', '--mix-units', '--format', 'csv'], {
      cwd,
    });
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toMatch(/mixed/);
  });

  it('exits 2 for a bad --fail-above or --definition, 1 for a file that is not usage stats', async () => {
    const cwd = tempDir({ 'june.json': STATS, 'event.json': '{"detail": "nope"}' });
    expect((await runCli(['drops', 'june.json', '--fail-above', 'lots'], { cwd })).code).toBe(2);
    expect((await runCli(['drops', 'june.json', '--definition', 'usage'], { cwd })).code).toBe(2);
    const other = await runCli(['drops', 'event.json'], { cwd });
    expect(other.code).toBe(1);
  });

  it('--help lists every option (golden)', async () => {
    const { code, stdout } = await runCli(['drops', '--help'], { cwd: tempDir() });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('../__goldens__/drops-help.txt');
  });
});
