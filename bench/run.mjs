/**
 * pnpm bench: each case against its floor, in alternation (floor, case, floor, case…) after one warm-up run of
 * each, every run in a fresh child process (its own peak RSS). Prints medians, the median of the pair-by-pair
 * ratios, MB/s, peak RSS and the result digests (cases that compute the same thing must agree).
 * Usage: node bench/run.mjs [--quick] [--reps N] [--only REGEX] [--no-duckdb] [--json FILE]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { generate, ROOT } from './generate.mjs';
import { listFiles } from './lib/read.mjs';
import { plan } from './plan.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = flag('--quick');
const reps = Number(value('--reps', quick ? 3 : 4));
const only = new RegExp(value('--only', '.'));
const duckdb = !flag('--no-duckdb');

for (const pkg of ['schema', 'transform', 'report', 'cli'])
  if (!existsSync(new URL(`../packages/${pkg}/dist/index.js`, import.meta.url)))
    throw new Error(`packages/${pkg}/dist is missing: run \`npx tsc -b\` first (pnpm bench does)`);
await generate({ quick });

function runCase(name, input, options = {}) {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', new URL('./case.mjs', import.meta.url).pathname, name, input, JSON.stringify(options)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function inputBytes(input) {
  if (!existsSync(input)) return 0;
  if (statSync(input).isFile()) return statSync(input).size;
  return listFiles(input).reduce((n, f) => n + statSync(f).size, 0);
}

const rows = [];
const started = Date.now();
const loadAtStart = loadavg();
console.log(
  `node ${process.version}, ${cpus().length} cores (${cpus()[0].model}), load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, reps ${reps}`,
);
for (const group of plan({ root: ROOT, quick, duckdb })) {
  const cases = group.cases.filter((c) => only.test(`${group.title} ${c.label}`));
  if (cases.length === 0) continue;
  const mb = inputBytes(group.floor.input) / 1e6;
  console.log(`\n## ${group.title} (floor input ${mb.toFixed(1)} MB)`);
  const floorRun = () => runCase(group.floor.case, group.floor.input, group.floor.options);
  floorRun();
  const measured = cases
    .map((c) => {
      try {
        runCase(c.case, c.input, c.options);
        return { c, runs: [], floors: [] };
      } catch (error) {
        const why = String(error.stderr ?? error.message)
          .split('\n')
          .find((line) => /^\w*Error\b/.test(line));
        console.log(`  ${c.label}: skipped (${why ?? 'failed'})`);
        return null;
      }
    })
    .filter(Boolean);
  const groupReps = Math.min(reps, group.maxReps ?? reps);
  for (let r = 0; r < groupReps; r++)
    for (const m of measured) {
      m.floors.push(floorRun());
      m.runs.push(runCase(m.c.case, m.c.input, m.c.options));
    }
  const floorAll = measured.flatMap((m) => m.floors);
  const floorMs = median(floorAll.map((f) => f.ms));
  console.log(
    `  ${'floor'.padEnd(34)} ${floorMs.toFixed(0).padStart(7)} ms ${(mb / (floorMs / 1000)).toFixed(0).padStart(5)} MB/s  rss ${median(
      floorAll.map((f) => f.rssMiB),
    )
      .toFixed(0)
      .padStart(4)} MiB`,
  );
  for (const m of measured) {
    const ms = median(m.runs.map((x) => x.ms));
    const ratio = median(m.runs.map((x, i) => x.ms / m.floors[i].ms));
    // CPU time of all threads: steadier than the wall clock on a busy machine, but not a measure of parallel speed
    const cpuRatio = median(m.runs.map((x, i) => x.cpuMs / m.floors[i].cpuMs));
    const rss = Math.max(...m.runs.map((x) => x.rssMiB));
    const result = m.runs[0].result;
    const row = {
      group: group.title,
      label: m.c.label,
      ms,
      floorMs,
      ratio,
      cpuRatio,
      rssMiB: rss,
      mb,
      result,
      target: m.c.target,
    };
    rows.push(row);
    const target = m.c.target ? `  (target ${m.c.target})` : '';
    console.log(
      `  ${m.c.label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms ${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s  rss ${rss.toFixed(0).padStart(4)} MiB  ${ratio.toFixed(2)}× floor (cpu ${cpuRatio.toFixed(2)}×)${target}  ${result.digest ?? ''}`,
    );
  }
  for (const m of measured)
    for (const other of m.c.versus ?? []) {
      const a = rows.find((r) => r.group === group.title && r.label === m.c.label);
      const b = rows.find((r) => r.group === group.title && r.label === other);
      if (a && b) {
        a.versus = { ...a.versus, [other]: a.ms / b.ms };
        console.log(`  ${m.c.label} / ${other}: ${(a.ms / b.ms).toFixed(2)}×`);
      }
    }
}

// cases computing the same result must agree
const byDigestGroup = new Map();
for (const row of rows)
  if (row.result.digest && row.label.startsWith('frames')) {
    const kind = row.label.startsWith('frames-loop') || row.label.startsWith('duckdb') ? 'simple' : 'report';
    const key = `${row.group.replace(/ .*/, '')}/${kind}`;
    (byDigestGroup.get(key) ?? byDigestGroup.set(key, new Set()).get(key)).add(row.result.digest);
  }
for (const [key, digests] of byDigestGroup)
  console.log(
    digests.size === 1 ? `results agree: ${key}` : `RESULTS DIFFER: ${key}: ${[...digests].join(' ')}`,
  );
const out = value('--json', join(ROOT, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`));
writeFileSync(
  out,
  JSON.stringify(
    { node: process.version, cores: cpus().length, load: loadAtStart, loadAtEnd: loadavg(), reps, rows },
    null,
    2,
  ),
);
console.log(`\n${rows.length} cases in ${((Date.now() - started) / 1000).toFixed(0)} s; figures in ${out}`);
