/**
 * Prints a results file of bench/run.mjs as the Markdown table of docs/performance.md.
 * Usage: node bench/table.mjs .bench/results-<time>.json
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/table.mjs .bench/results-<time>.json');
const { rows, load, loadAtEnd, node, reps } = JSON.parse(readFileSync(file, 'utf8'));
const fixed = (n, d = 2) => (n === undefined || n === null ? '' : n.toFixed(d));
const lines = [
  `Node ${node}, ${reps} repetitions, load average ${loadAtEnd ? 'at start' : 'at the end'} ${load.map((l) => l.toFixed(1)).join(' ')}${loadAtEnd ? `, at the end ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')}` : ''}.`,
  '',
  '| input | case | median | MB/s | × floor | × floor (CPU) | peak RSS | other ratios | target |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
];
let group = null;
for (const r of rows) {
  if (r.group !== group) {
    group = r.group;
    lines.push(
      `| ${r.group} | floor | ${fixed(r.floorMs / 1000)} s | ${fixed(r.mb / (r.floorMs / 1000), 0)} | 1 | 1 | | | |`,
    );
  }
  const versus = Object.entries(r.versus ?? {})
    .map(([k, v]) => `${fixed(v)}× ${k.replace(/ \(.*\)/, '')}`)
    .join('; ');
  lines.push(
    `| ${r.group} | ${r.label} | ${fixed(r.ms / 1000)} s | ${fixed(r.mb / (r.ms / 1000), 0)} | ${fixed(r.ratio)} | ${fixed(r.cpuRatio)} | ${fixed(r.rssMiB, 0)} MiB | ${versus} | ${r.target ?? ''} |`,
  );
}
console.log(lines.join('\n'));
