/**
 * A deterministic stats_v2 payload (`groupBy=project&groupBy=category&groupBy=outcome&groupBy=reason`, hourly):
 * projects x categories x the outcome/reason pairs Sentry reports x intervals, mostly zero outside `accepted`,
 * as compact JSON like the API sends. 30 projects x 11 categories x 20 pairs x 720 hours = 4,752,000 points.
 */
import { createRandom } from './random.mjs';

const CATEGORIES = [
  'error',
  'transaction',
  'attachment',
  'profile',
  'replay',
  'span',
  'monitor',
  'feedback',
  'profile_duration',
  'log_item',
  'security',
];
const PAIRS = [
  ['accepted', 'none'],
  ['filtered', 'browser-extensions'],
  ['filtered', 'legacy-browsers'],
  ['filtered', 'localhost'],
  ['filtered', 'web-crawlers'],
  ['filtered', 'release-version'],
  ['filtered', 'error-message'],
  ['rate_limited', 'usage_exceeded'],
  ['rate_limited', 'spike_protection'],
  ['rate_limited', 'project_quota'],
  ['rate_limited', 'key_quota'],
  ['invalid', 'duplicate'],
  ['invalid', 'too_large'],
  ['invalid', 'invalid_json'],
  ['client_discard', 'sample_rate'],
  ['client_discard', 'queue_overflow'],
  ['client_discard', 'network_error'],
  ['client_discard', 'ratelimit_backoff'],
  ['client_discard', 'before_send'],
  ['abuse', 'none'],
];

export function statsV2Text({ seed = 7, projects = 30, hours = 720 } = {}) {
  const r = createRandom(seed);
  const start = Date.UTC(2026, 9, 24);
  const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const intervals = Array.from({ length: hours }, (_, h) => iso(start + h * 3_600_000));
  const parts = [];
  for (let p = 0; p < projects; p++) {
    const project = 4_508_000 + p * 37;
    for (const category of CATEGORIES) {
      const scale =
        category === 'transaction' || category === 'span'
          ? 2000
          : category === 'profile_duration'
            ? 90000
            : 60;
      for (const [outcome, reason] of PAIRS) {
        const active = outcome === 'accepted' || r.chance(0.08);
        const series = new Array(hours);
        let total = 0;
        for (let h = 0; h < hours; h++) {
          const v = !active
            ? 0
            : outcome === 'accepted'
              ? r.int(scale)
              : r.chance(0.1)
                ? r.int(scale / 4) + 1
                : 0;
          series[h] = v;
          total += v;
        }
        parts.push(
          `{"by":${JSON.stringify({ project, category, outcome, reason })},"totals":{"sum(quantity)":${total}},"series":{"sum(quantity)":[${series.join(',')}]}}`,
        );
      }
    }
  }
  return `{"start":"${intervals[0]}","end":"${iso(start + hours * 3_600_000)}","intervals":${JSON.stringify(intervals)},"groups":[${parts.join(',')}]}`;
}
