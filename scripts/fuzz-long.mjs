#!/usr/bin/env node
// The long fuzz run: the suite's fuzz test with a large budget, a fresh seed, and invalid payloads tidied too.
//   node scripts/fuzz-long.mjs [runs] [seed]
// A failure prints fast-check's counterexample and the seed; run again with the same seed to reproduce it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 200_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const root = fileURLToPath(new URL('..', import.meta.url));

console.log(`fuzzing ${runs} mutations, seed ${seed}`);
const { status } = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'report', 'packages/report/test/fuzz/fuzz.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TZ: 'UTC',
      FUZZ_RUNS: String(runs),
      FUZZ_SEED: String(seed),
      FUZZ_AGGRESSIVE: '1',
      FUZZ_VERBOSE: '1',
      FUZZ_TIMEOUT: String(Math.max(60_000, runs * 5)),
    },
  },
);
if (status !== 0) console.log(`failed: run again with  node scripts/fuzz-long.mjs ${runs} ${seed}`);
process.exit(status ?? 1);
