/**
 * Runs one benchmark case in this (fresh) process and prints one JSON line: the time of the work itself (after
 * imports, wall clock and CPU time of all threads), the peak resident set size of the process (workers included) and a digest of the result, so that
 * run.mjs can check that every way of computing a result gives the same one.
 * Usage: node bench/case.mjs <case> <input> [json options]
 */
import { performance } from 'node:perf_hooks';
import { CASES } from './cases/index.mjs';

const [name, input, json] = process.argv.slice(2);
const load = CASES[name];
if (!load) {
  console.error(`unknown case ${name} (have: ${Object.keys(CASES).join(', ')})`);
  process.exit(2);
}
const options = json ? JSON.parse(json) : {};
const run = await load();
// every case (floors included) starts on a clean heap, without the garbage of loading its modules
globalThis.gc?.();
const cpu = process.cpuUsage();
const start = performance.now();
const result = await run(input, options);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const rssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ case: name, ms, cpuMs, rssMiB, result }));
