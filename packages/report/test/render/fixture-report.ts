import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateText, type StatsV2 } from '@sentry-offline/schema';
import { combineStats, tidyEvents } from '@sentry-offline/transform';
import type { ReportFile, ReportInput } from '../../src/index.js';
import { statsHealth } from '../../src/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The payloads of the valid fixtures of a kind, as `fixtures/<kind>/<case>/payload.json` names and texts. */
function payloads(kind: string): { name: string; text: string }[] {
  return readdirSync(join(root, 'fixtures', kind))
    .filter((c) => !c.startsWith('invalid-'))
    .sort()
    .map((c) => `fixtures/${kind}/${c}/payload.json`)
    .map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));
}

/**
 * The report input of the bundled fixtures: the hourly and truncated stats-v2 cases (the latter gives a health
 * note) and every valid event and raw-event case, validated as the CLI would.
 */
export function fixtureReportInput(): ReportInput {
  const stats = payloads('stats-v2').filter((p) => /hourly-category|truncated-series/.test(p.name));
  const events = [...payloads('event'), ...payloads('raw-event')];
  const files: ReportFile[] = [];
  const results = [...stats, ...events].map(({ name, text }) => {
    const result = validateText(name, text);
    files.push({
      name,
      kind: result.kind,
      status: !result.ok ? 'invalid' : result.issues.length > 0 ? 'warnings' : 'valid',
    });
    return { ...result, file: name };
  });
  const v2 = results.filter((r) => r.ok && r.kind === 'stats-v2');
  return {
    files,
    health: statsHealth(v2),
    stats: combineStats(
      v2.map((r) => ({ name: r.file, payload: r.value as StatsV2 })),
      { partialSeries: 'pad' },
    ).table,
    events: tidyEvents(results.filter((r) => r.ok && r.kind !== 'stats-v2').map((r) => r.value)),
  };
}
