import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const fixturesDir = join(repoRoot, 'fixtures');

/** One fixture case: `fixtures/<kind>/<case>/` with a payload file and an `expected/` folder. */
export interface FixtureCase {
  kind: string;
  name: string;
  dir: string;
  /** The payload file's name (`payload.json`, `payload.csv`, …). */
  file: string;
  text: () => string;
  expected: (name: string) => string;
}

/** Lists `fixtures/<kind>/<case>/` from disk (no hand-kept manifest); `kinds` limits the kinds. */
export function listCases(kinds?: readonly string[]): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const kind of readdirSync(fixturesDir).sort()) {
    const kindDir = join(fixturesDir, kind);
    if (!statSync(kindDir).isDirectory() || (kinds && !kinds.includes(kind))) continue;
    for (const name of readdirSync(kindDir).sort()) {
      const dir = join(kindDir, name);
      if (!statSync(dir).isDirectory()) continue;
      const file = readdirSync(dir).find((f) => f.startsWith('payload.'));
      if (!file) throw new Error(`${relative(repoRoot, dir)} has no payload.* file`);
      cases.push({
        kind,
        name,
        dir,
        file,
        text: () => readFileSync(join(dir, file), 'utf8'),
        expected: (n) => join(dir, 'expected', n),
      });
    }
  }
  return cases;
}

/** Rows of the table in fixtures/README.md: `kind/case` for every row whose first two cells name a case folder. */
export function readmeCases(): string[] {
  const readme = readFileSync(join(fixturesDir, 'README.md'), 'utf8');
  const rows: string[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim().replace(/`/g, ''));
    if (cells.length > 3 && cells[1] && cells[2] && existsSync(join(fixturesDir, cells[1], cells[2]))) {
      rows.push(`${cells[1]}/${cells[2]}`);
    }
  }
  return rows;
}

/** Canonical JSON for goldens: sorted keys, 2-space indent, trailing newline. */
export function toCanonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}
