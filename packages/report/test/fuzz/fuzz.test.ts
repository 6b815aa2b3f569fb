import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './fuzz-pipeline.js';
import { mutationOf, type Seed } from './mutations.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures', import.meta.url));

/** Every JSON payload under fixtures/ (the bad-input corpus too), read as bytes. */
function seeds(): Seed[] {
  const out: Seed[] = [];
  for (const kind of readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(fixtures, kind.name))) {
      const dir = join(fixtures, kind.name, name);
      const file = readdirSync(dir).find((f) => f.startsWith('payload.') && /\.(json|ndjson)$/.test(f));
      if (!file) continue;
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      let value: unknown = null;
      try {
        value = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        // not JSON: only byte-level mutations
      }
      out.push({ name: `${kind.name}/${name}`, bytes, value });
    }
  }
  return out;
}

// FUZZ_RUNS / FUZZ_SEED make the long run (scripts/fuzz-long.mjs); the suite runs a fixed seed on a small budget
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

describe('fuzzing: mutated fixtures through detect → validate → tidy → report', () => {
  const all = seeds();

  it('reads every fixture as a seed', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('every fixture itself goes through without a foreign error', () => {
    for (const seed of all) expect(() => runPipeline(seed.name, seed.bytes), seed.name).not.toThrow();
  });

  it(
    'never throws anything but SentryOfflineError and never hangs',
    () => {
      const outcomes = { invalid: 0, valid: 0, rejected: 0 };
      const arbitrary = fc
        .constantFrom(...all)
        .chain((seed) => mutationOf(seed).map((m) => ({ seed: seed.name, ...m })));
      fc.assert(
        fc.property(arbitrary, ({ bytes }) => {
          const started = performance.now();
          outcomes[runPipeline('fuzz.json', bytes)]++;
          // a fixture is a few KB: anything near a second is a hang in the making
          expect(performance.now() - started).toBeLessThan(2000);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (process.env.FUZZ_VERBOSE) console.log(outcomes);
      // the mutations reach every stage: some stay valid, some are rejected by validation
      expect(outcomes.valid).toBeGreaterThan(0);
      expect(outcomes.invalid).toBeGreaterThan(0);
    },
    Number(process.env.FUZZ_TIMEOUT ?? 60_000),
  );
});
