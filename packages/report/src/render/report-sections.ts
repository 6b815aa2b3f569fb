import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { HealthNote } from '../stats-health.js';
import type { ReportData } from './report-data.js';
import type { CellFormat } from './util/format-value.js';

/** A column of a report table: its name in the data, its header, and how values are written. */
export interface SectionColumn {
  name: string;
  label: string;
  format: CellFormat;
}

/** A table of a report section. */
export interface SectionTable {
  caption: string;
  table: ColumnTable;
  columns: SectionColumn[];
}

/** A section of the rendered report; renderers show it only when it is in the list. */
export interface ReportSection {
  /** Stable id: `inputs`, `usage`, `drop-rate`, `drop-reasons`, `signatures`, `crash-sites`, `in-app`, `splits`. */
  id: string;
  title: string;
  /** Sentences above the tables (plain text). */
  intro: string[];
  notes: HealthNote[];
  tables: SectionTable[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Spec = [name: string, label: string, format: CellFormat];

function view(caption: string, table: ColumnTable, specs: Spec[]): SectionTable {
  const have = new Set(table.columnNames());
  const columns = specs
    .filter(([n]) => have.has(n))
    .map(([name, label, format]) => ({ name, label, format }));
  return { caption, table, columns };
}

function inputsSection(data: ReportData): ReportSection | null {
  if (data.files.length === 0 && data.health.length === 0) return null;
  const kinds = new Map<string, Record<string, number>>();
  for (const f of data.files) {
    const kind = f.kind ?? 'unknown';
    const row = kinds.get(kind) ?? { files: 0, valid: 0, invalid: 0, unreadable: 0, skipped: 0 };
    row.files++;
    row[f.status === 'warnings' ? 'valid' : f.status]++;
    kinds.set(kind, row);
  }
  const names = [...kinds.keys()].sort();
  const col = (k: string) => names.map((n) => kinds.get(n)![k]);
  const table = aq.table({
    kind: names,
    files: col('files'),
    valid: col('valid'),
    invalid: col('invalid'),
    unreadable: col('unreadable'),
    skipped: col('skipped'),
  });
  const incomplete = data.health.filter((n) => n.severity === 'incomplete').length;
  return {
    id: 'inputs',
    title: 'Input summary',
    intro: [
      `${plural(data.files.length, 'file')}; ${plural(data.health.length, 'note')}` +
        (incomplete > 0
          ? '; the figures below are incomplete: read the notes marked "incomplete" first.'
          : '.'),
    ],
    notes: data.health,
    tables: data.files.length > 0 ? [view('Files per kind', table, kindSpecs)] : [],
  };
}

const kindSpecs: Spec[] = [
  ['kind', 'Kind', 'text'],
  ['files', 'Files', 'integer'],
  ['valid', 'Valid', 'integer'],
  ['invalid', 'Invalid', 'integer'],
  ['unreadable', 'Unreadable', 'integer'],
  ['skipped', 'Skipped', 'integer'],
];

const rateSpecs: Spec[] = [
  ['project', 'Project', 'text'],
  ['category', 'Category', 'text'],
  ['unit', 'Unit', 'text'],
  ['accepted', 'Accepted', 'integer'],
  ['dropped', 'Dropped', 'integer'],
  ['total', 'Total', 'integer'],
  ['rate', 'Drop rate', 'percent'],
  ['rate_low', '95% low', 'percent'],
  ['rate_high', '95% high', 'percent'],
];

function statsSections(data: ReportData): ReportSection[] {
  const out: ReportSection[] = [];
  if (data.usageTotals) {
    out.push({
      id: 'usage',
      title: data.usage ? 'Usage over time by outcome' : 'Usage by outcome',
      intro: [
        data.interval
          ? `Per ${data.interval} bucket (UTC), one chart per category: bytes and counts never share an axis.`
          : '',
      ].filter(Boolean),
      notes: [],
      tables: [
        view('Whole window', data.usageTotals, [
          ['category', 'Category', 'text'],
          ['outcome', 'Outcome', 'text'],
          ['quantity', 'Quantity', 'integer'],
          ['unit', 'Unit', 'text'],
        ]),
      ],
    });
  }
  if (data.dropRates || data.dropRatesByProject) {
    const d = data.definition;
    out.push({
      id: 'drop-rate',
      title: 'Drop rate',
      intro: [`Definition "${d.name}": ${d.title}.`, `Source: ${d.source}.`],
      notes: [],
      tables: [
        ...(data.dropRates ? [view('By category', data.dropRates, rateSpecs)] : []),
        ...(data.dropRatesByProject ? [view('By project', data.dropRatesByProject, rateSpecs)] : []),
      ],
    });
  }
  if (data.dropReasons && data.dropReasons.numRows() > 0) {
    out.push({
      id: 'drop-reasons',
      title: 'Top drop reasons',
      intro: ['Reasons grouped as on Sentry’s Usage page; share = (dropped + other not accepted) / total.'],
      notes: [],
      tables: [
        view('By reason group', data.dropReasons, [
          ['category', 'Category', 'text'],
          ['reason_group', 'Reason group', 'text'],
          ['reasons', 'Reasons', 'code'],
          ['dropped', 'Dropped', 'integer'],
          ['other', 'Other', 'integer'],
          ['total', 'Total', 'integer'],
          ['unit', 'Unit', 'text'],
          ['share', 'Share', 'percent'],
        ]),
      ],
    });
  }
  return out;
}

/** The signatures table with the baseline's rank change and status joined on, when there is a baseline. */
function withChanges(data: ReportData): ColumnTable {
  const signatures = data.signatures!;
  if (!data.changes) return signatures;
  const changes = data.changes.select({
    signature: 'signature',
    rank_change: 'rank_change',
    status: 'status',
  });
  return signatures.join_left(changes, 'signature').orderby(aq.desc('count'), 'signature');
}

const splitSpecs = (key: string, label: string): Spec[] => [
  [key, label, 'code'],
  ['events', 'Events', 'integer'],
  ['share', 'Share', 'percent'],
  ['signatures', 'Signatures', 'integer'],
  ['top_signature', 'Top signature', 'code'],
  ['top_share', 'Top share', 'percent'],
];

function framesSections(data: ReportData): ReportSection[] {
  if (!data.signatures) return [];
  const fields: [string, string][] = [
    ['function', 'Functions'],
    ['module', 'Modules'],
    ['file', 'Files'],
  ];
  const crash = data.crashSites!;
  return [
    {
      id: 'signatures',
      title: 'Top signatures',
      intro: [`${data.events} events.` + (data.changes ? ' Rank change against the baseline.' : '')],
      notes: [],
      tables: [
        view('Signatures', withChanges(data), [
          ['rank', '#', 'integer'],
          ['signature', 'Signature', 'code'],
          ['count', 'Events', 'integer'],
          ['share', 'Share', 'percent'],
          ['issues', 'Issues', 'integer'],
          ['first_seen', 'First seen', 'date'],
          ['last_seen', 'Last seen', 'date'],
          ['rank_change', 'Rank change', 'change'],
          ['status', 'vs baseline', 'text'],
        ]),
      ],
    },
    {
      id: 'crash-sites',
      title: 'Top crash sites',
      intro: ['Counted at the crash site (innermost frame) and anywhere in the stack, once per event.'],
      notes: [],
      tables: fields.map(([field, caption]) =>
        view(
          caption,
          crash.params({ field }).filter((d: { field: string }, $: { field: string }) => d.field === $.field),
          [
            ['rank', '#', 'integer'],
            ['value', caption.slice(0, -1), 'code'],
            ['crash_site', 'Crash site', 'integer'],
            ['crash_site_share', 'Share', 'percent'],
            ['anywhere', 'Anywhere', 'integer'],
            ['anywhere_share', 'Share anywhere', 'percent'],
          ],
        ),
      ),
    },
    {
      id: 'in-app',
      title: 'In-app mix',
      intro: ['Stacks by their frames: none, system only, in-app only, or mixed.'],
      notes: [],
      tables: [
        view('Stacks', data.stacks!, [
          ['kind', 'Stack', 'text'],
          ['events', 'Events', 'integer'],
          ['share', 'Share', 'percent'],
        ]),
      ],
    },
    ...splitsSection(data),
  ];
}

function splitsSection(data: ReportData): ReportSection[] {
  const tables = [
    ...(data.releases ? [view('Per release', data.releases, splitSpecs('release', 'Release'))] : []),
    ...(data.platforms ? [view('Per platform', data.platforms, splitSpecs('platform', 'Platform'))] : []),
  ];
  return tables.length === 0
    ? []
    : [{ id: 'splits', title: 'Per release and platform', intro: [], notes: [], tables }];
}

/**
 * The sections of a report in reading order, each only when the data has something for it: input summary
 * (health notes first), usage, drop rate, drop reasons, signatures, crash sites, in-app mix, splits.
 */
export function reportSections(data: ReportData): ReportSection[] {
  return [inputsSection(data), ...statsSections(data), ...framesSections(data)].filter(
    (s): s is ReportSection => s !== null,
  );
}
