import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { PAYLOAD_KINDS } from '@sentry-offline/schema';
import { toCanonicalJson } from '@sentry-offline/transform';
import { describe, expect, it } from 'vitest';
import { runCli } from './util/run-cli.js';

const fixtures = fileURLToPath(new URL('../../../fixtures', import.meta.url));

const kinds: readonly string[] = PAYLOAD_KINDS;

/** Every fixtures/<kind>/<case>/payload.* on disk (payload kinds only), with its reviewed validation golden. */
function listCases() {
  const dirs = (path: string) => readdirSync(path, { withFileTypes: true }).filter((d) => d.isDirectory());
  return dirs(fixtures)
    .filter((d) => kinds.includes(d.name))
    .flatMap((kind) =>
      dirs(join(fixtures, kind.name)).flatMap((c) => {
        const dir = join(fixtures, kind.name, c.name);
        const payload = readdirSync(dir).find((f) => f.startsWith('payload.'));
        const golden = join(dir, 'expected', 'validation.json');
        return payload ? [{ kind: kind.name, name: c.name, dir, payload, golden }] : [];
      }),
    );
}

interface FileEntry {
  kind: string | null;
  valid: boolean;
  issues: unknown[];
  omitted: number;
  facts?: object;
}

describe('validate on the bundled fixtures', () => {
  const cases = listCases();

  it('finds fixture cases on disk', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  // The goldens come from the schema package's validateText; the CLI reaches the same result through its own
  // reading (bytes, decoding, format detection) and its JSON output. Valid cases are validated as their kind,
  // invalid ones as detected, as the goldens were.
  for (const c of cases.filter((c) => existsSync(c.golden))) {
    it(`${c.kind}/${c.name}: the CLI's JSON result equals the reviewed golden`, async () => {
      const invalidCase = c.name.startsWith('invalid-');
      const argv = ['validate', '--format', 'json', c.payload, ...(invalidCase ? [] : ['--kind', c.kind])];
      const result = await runCli(argv, { cwd: c.dir });
      const golden = JSON.parse(readFileSync(c.golden, 'utf8'));
      const [file] = JSON.parse(result.stdout).files as FileEntry[];
      expect({
        kind: file.kind,
        ok: file.valid,
        issues: file.issues,
        omitted: file.omitted,
        facts: file.facts,
      }).toEqual({
        kind: golden.kind,
        ok: golden.ok,
        issues: golden.issues,
        omitted: golden.omitted,
        facts: golden.facts,
      });
      expect(result.code).toBe(golden.ok ? 0 : 1);
    });
  }

  it('accounts for every payload when the whole fixtures folder is validated', async () => {
    const glob = `fixtures/{${kinds.join(',')}}/*/payload.*`;
    const result = await runCli(['validate', '--format', 'json', glob], {
      cwd: join(fixtures, '..'),
    });
    const { summary, files } = JSON.parse(result.stdout);
    expect(summary.files).toBe(cases.length);
    expect(summary.files).toBe(summary.valid + summary.invalid + summary.unreadable);
    expect(summary.unreadable).toBe(0);
    const invalid = (files as Array<{ file: string; valid: boolean }>)
      .filter((f) => !f.valid)
      .map((f) => f.file);
    // detected without --kind: the invalid-* cases, and the saved API error bodies, are invalid
    const expected = cases
      .filter((c) => c.name.startsWith('invalid-') || c.kind === 'error-response')
      .map((c) => `fixtures/${c.kind}/${c.name}/${c.payload}`);
    expect(invalid.sort()).toEqual(expected.sort());
  });
});

/** The goldens of the transform package, by kind: golden file -> the `tidy --table` that must equal it. */
const TABLE_GOLDENS: Record<string, Record<string, string>> = {
  'stats-v2': { 'table.json': 'stats' },
  'stats-summary': { 'outcomes.json': 'outcomes', 'totals.json': 'totals' },
  'stats-series': { 'table.json': 'series' },
  'events-timeseries': { 'table.json': 'series' },
  event: {
    'events.json': 'events',
    'exceptions.json': 'exceptions',
    'frames.json': 'frames',
    'tags.json': 'tags',
    'breadcrumbs.json': 'breadcrumbs',
  },
  'raw-event': {
    'events.json': 'events',
    'exceptions.json': 'exceptions',
    'frames.json': 'frames',
    'tags.json': 'tags',
    'breadcrumbs.json': 'breadcrumbs',
  },
  'events-list': { 'events.json': 'events', 'tags.json': 'tags' },
  issue: { 'issues.json': 'issues', 'stats.json': 'stats' },
  'issues-list': { 'issues.json': 'issues', 'stats.json': 'stats' },
  discover: { 'data.json': 'data', 'columns.json': 'columns' },
};

describe('tidy on the bundled fixtures', () => {
  // The goldens were written by the transform package from parsed payloads; here each table goes through the CLI
  // (reading, validation, the kind's family, JSON output) and back into a table, minus the CLI's `source_file` column.
  const checks = listCases()
    .filter((c) => !c.name.startsWith('invalid-'))
    .flatMap((c) =>
      Object.entries(TABLE_GOLDENS[c.kind] ?? {})
        .filter(([golden]) => existsSync(join(c.dir, 'expected', golden)))
        .map(([golden, table]) => ({ ...c, golden: join(c.dir, 'expected', golden), table })),
    );

  it('has table goldens to compare with', () => {
    expect(checks.length).toBeGreaterThan(0);
  });

  for (const c of checks) {
    it(`${c.kind}/${c.name}: tidy --table ${c.table} equals the reviewed golden`, async () => {
      const argv = ['tidy', c.payload, '--kind', c.kind, '--table', c.table, '--format', 'json'];
      const result = await runCli(argv, { cwd: c.dir });
      expect(result.code, result.stderr).toBe(0);
      const golden = JSON.parse(readFileSync(c.golden, 'utf8')) as { columns: string[]; rows: unknown[] };
      const rows = JSON.parse(result.stdout) as object[];
      const table =
        rows.length > 0 ? aq.from(rows) : aq.table(Object.fromEntries(golden.columns.map((n) => [n, []])));
      const names = table.columnNames().filter((n) => n !== 'source_file');
      // some goldens keep the table's row order, others sort it: compare the rows as sets
      const canonical = JSON.parse(toCanonicalJson(table.select(names), { sortRows: false }));
      const rowSet = (t: { columns: string[]; rows: unknown[] }) => ({
        columns: t.columns,
        rows: t.rows.map((r) => JSON.stringify(r)).sort(),
      });
      expect(rowSet(canonical)).toEqual(rowSet(golden));
    });
  }
});
