import { readFileSync } from 'node:fs';
import { REPORT, TRANSFORM } from '../lib/paths.mjs';
import { digest } from '../lib/digest.mjs';

const { tidyStatsV2 } = await import(TRANSFORM);
const { dropRates } = await import(REPORT);

/** stats_v2 payload -> tidy table (one row per group x interval) -> drop rates by project and category. */
export function statsDropRates(input) {
  const payload = JSON.parse(readFileSync(input, 'utf8'));
  const table = tidyStatsV2(payload);
  const rates = dropRates(table, { by: ['project', 'category'] });
  return { rows: table.numRows(), rates: rates.numRows(), digest: digest(rates.objects().slice(0, 50)) };
}
