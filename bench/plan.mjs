/**
 * What pnpm bench measures: groups of cases sharing one floor. Targets are those of issue 7.
 */
import { join } from 'node:path';

export function plan({ root, quick, duckdb }) {
  const sizes = quick ? ['10k'] : ['10k', '100k'];
  const groups = [];
  for (const size of sizes) {
    const dir = join(root, `events-api-${size}`);
    const ndjson = join(dir, 'events.ndjson');
    const files = join(dir, 'files');
    const small = size === '10k';
    for (const [form, input] of [
      ['ndjson', ndjson],
      ['files', files],
    ]) {
      if (!small && form === 'files' && quick) continue;
      const cases = [
        { label: 'frames-api 1 thread', case: 'frames-api', input, target: '≤ 1.15× (stretch 0.8×)' },
        {
          label: 'frames-cli 1 thread',
          case: 'frames-cli',
          input,
          options: { workers: 0 },
          target: '≤ 1.15×',
        },
        {
          label: 'frames-cli 2 workers',
          case: 'frames-cli',
          input,
          options: { workers: 2 },
          versus: ['frames-cli 1 thread', 'duckdb-frames (2 threads)'],
          target: '≤ 0.6× DuckDB (NDJSON), ≥ 5× faster (files)',
        },
        { label: 'frames-loop (hand loop)', case: 'frames-loop', input },
      ];
      if (small) cases.push({ label: 'frames-tables (tidy tables)', case: 'frames-tables', input });
      if (duckdb && (small || form === 'ndjson'))
        cases.push({ label: 'duckdb-frames (2 threads)', case: 'duckdb-frames', input });
      if (form === 'ndjson') {
        cases.push({
          label: 'frames-cli JSON array',
          case: 'frames-cli',
          input: join(dir, 'events.json'),
          options: { workers: 0 },
          versus: ['frames-cli 1 thread'],
          target: '≤ 1.1× NDJSON',
        });
        cases.push({
          label: 'frames-cli NDJSON gzip',
          versus: ['frames-cli 1 thread'],
          case: 'frames-cli',
          input: join(dir, 'events.ndjson.gz'),
          options: { workers: 0 },
        });
        if (small) cases.push({ label: 'validate-events', case: 'validate-events', input, target: '≤ 1.5×' });
      }
      groups.push({ title: `${size} ${form}`, floor: { case: 'floor-events', input }, cases });
    }
  }
  const stats = quick ? 'stats-v2-small.json' : 'stats-v2-4.75m.json';
  groups.push({
    title: `stats_v2 ${quick ? '370k' : '4.75M'} points`,
    floor: { case: 'floor-stats', input: join(root, stats) },
    cases: [
      {
        label: 'stats → tidy → drop rates',
        case: 'stats-drop-rates',
        input: join(root, stats),
        target: '≤ 2×, ≤ 260 MiB',
      },
    ],
  });
  return groups;
}
