/**
 * What pnpm bench measures: groups of cases sharing one floor, with the targets of issue 7. The 100k groups run
 * fewer cases and repetitions, to keep a full run near five minutes.
 */
import { join } from 'node:path';

const api = (input) => ({
  label: 'frames-api 1 thread',
  case: 'frames-api',
  input,
  target: '≤ 1.15× (stretch 0.8×)',
});
const cli = (input, workers, extra = {}) => ({
  label: workers === 0 ? 'frames-cli 1 thread' : `frames-cli ${workers + 1} threads`,
  case: 'frames-cli',
  input,
  options: { workers },
  ...extra,
});
// the floor on two threads (the main thread and one worker, half the input each): the best any two-thread run
// that parses every event can do, in time and in memory
const floor2 = (input) => ({ label: 'floor 2 threads', case: 'floor-events-threads', input });
const duck = (input) => ({ label: 'duckdb-frames (2 threads)', case: 'duckdb-frames', input });
const loop = (input) => ({ label: 'frames-loop (hand loop)', case: 'frames-loop', input });
const tables = (input) => ({ label: 'frames-tables (tidy tables)', case: 'frames-tables', input });
// the command as a user runs it: listing the inputs, --workers auto (one worker beside the main thread here)
const command = (input) => ({ label: 'cli frames command', case: 'frames-command', input });
// the report command: every file validated, the events folded into an aggregate split by release and platform
const report = (input) => ({ label: 'cli report command', case: 'report-command', input });

function eventGroups(root, size, { duckdb, full }) {
  const dir = join(root, `events-api-${size}`);
  const ndjson = join(dir, 'events.ndjson');
  const files = join(dir, 'files');
  const workers = (vsDuck) =>
    // the main thread takes tasks too: one worker beside it uses both cores
    cli(ndjson === vsDuck ? ndjson : files, 1, {
      versus: ['frames-cli 1 thread', 'floor 2 threads', ...(duckdb ? ['duckdb-frames (2 threads)'] : [])],
      target: vsDuck === ndjson ? '≤ 0.6× DuckDB' : '≥ 5× faster than DuckDB',
    });
  const array = cli(join(dir, 'events.json'), 0, {
    label: 'frames-cli JSON array',
    versus: ['frames-cli 1 thread'],
    target: '≤ 1.1× NDJSON',
  });
  const gzip = cli(join(dir, 'events.ndjson.gz'), 0, {
    label: 'frames-cli NDJSON gzip',
    versus: ['frames-cli 1 thread'],
  });
  const validate = { label: 'validate-events', case: 'validate-events', input: ndjson, target: '≤ 1.5×' };
  const validateCli = { label: 'validate (CLI, streamed NDJSON)', case: 'validate-cli', input: ndjson };
  const first = full
    ? [
        api(ndjson),
        cli(ndjson, 0, { target: '≤ 1.15×' }),
        workers(ndjson),
        floor2(ndjson),
        loop(ndjson),
        tables(ndjson),
        command(ndjson),
        report(ndjson),
        array,
        gzip,
        validate,
        validateCli,
      ]
    : [
        api(ndjson),
        cli(ndjson, 0, { target: '≤ 1.15×' }),
        workers(ndjson),
        floor2(ndjson),
        array,
        report(ndjson),
      ];
  const second = full
    ? [
        api(files),
        cli(files, 0, { target: '≤ 1.15×' }),
        workers(files),
        floor2(files),
        command(files),
        report(files),
      ]
    : [api(files), workers(files), floor2(files)];
  if (duckdb) first.push(duck(ndjson));
  if (duckdb && full) second.push(duck(files));
  const maxReps = full ? undefined : 2;
  return [
    { title: `${size} ndjson`, floor: { case: 'floor-events', input: ndjson }, cases: first, maxReps },
    { title: `${size} files`, floor: { case: 'floor-events', input: files }, cases: second, maxReps },
  ];
}

export function plan({ root, quick, duckdb }) {
  const groups = eventGroups(root, '10k', { duckdb, full: true });
  if (!quick) groups.push(...eventGroups(root, '100k', { duckdb, full: false }));
  const stats = join(root, quick ? 'stats-v2-small.json' : 'stats-v2-4.75m.json');
  groups.push({
    title: `stats_v2 ${quick ? '370k' : '4.75M'} points`,
    floor: { case: 'floor-stats', input: stats },
    cases: [
      {
        label: 'stats → tidy → drop rates',
        case: 'stats-drop-rates',
        input: stats,
        target: '≤ 2×, ≤ 260 MiB',
      },
    ],
  });
  return groups;
}
