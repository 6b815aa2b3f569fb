import { createHash } from 'node:crypto';

/** A short hash of a JSON-able value: equal results give equal digests. */
export function digest(value) {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** The top `n` entries of a count map, by count descending then key ascending. */
export function topEntries(map, n) {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n);
}

/** The frame report tables that the frame cases compare, reduced to plain rows. */
export function frameReportDigest(report) {
  const rows = (t) =>
    t.objects().map((o) => Object.values(o).map((v) => (v instanceof Date ? v.toISOString() : v)));
  return {
    events: report.events,
    digest: digest([
      rows(report.signatures),
      rows(report.crashSites),
      rows(report.anywhere),
      rows(report.hotFiles),
      rows(report.stacks),
    ]),
    topCrashSite: report.crashSites.objects()[0]?.value ?? null,
  };
}
