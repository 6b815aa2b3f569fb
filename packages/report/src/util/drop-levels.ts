import type { ColumnTable } from 'arquero';
import { SentryOfflineError } from '@sentry-offline/schema';
import { quantityUnit } from '@sentry-offline/transform';
import type { DropDefinition } from '../definitions.js';
import { outcomeRole } from '../outcome-role.js';
import type { BucketInterval } from './bucket-bounds.js';
import { bucketCodes, type BucketCodes } from './bucket-codes.js';
import { checkInterval } from './check-interval.js';
import { combineCodes, type CodeDimension } from './combine-codes.js';
import { dictionaryCodes, type DictionaryCodes } from './dictionary-codes.js';
import { keyColumns, type KeyColumn } from './key-columns.js';
import { LevelSums, ROLE_INDEX } from './level-sums.js';
import { misalignedError } from './misaligned-error.js';
import { ROLES, sumCells } from './sum-cells.js';
import { tableGrid, type TableGrid } from './table-grid.js';
import { valueColumn } from './value-column.js';

/** The sums of a drop-rate report: its rows, their parents (without outcome keys), and the same for the org. */
export interface Levels {
  fine: LevelSums;
  parent: LevelSums;
  orgFine: LevelSums | null;
  orgParent: LevelSums | null;
}

/** What {@link dropLevels} needs, resolved by `dropRates`. */
export interface DropLevelsInput {
  by: readonly string[];
  def: DropDefinition;
  value: string | undefined;
  /** Keep the raw reasons of each row (grouped by reason group alone). */
  reasons: boolean;
  interval: BucketInterval | undefined;
  timeZone: string;
}

/** The key columns, the summed levels and the buckets (start -> end, ms; null without an interval). */
export interface DropLevels {
  keys: KeyColumn[];
  levels: Levels;
  buckets: Map<number, number> | null;
}

interface TimeCodes extends BucketCodes {
  /** One code per step of the grid (true) or per block (false). */
  perStep: boolean;
}

const OUTCOME_KEYS = ['outcome', 'reason', 'reason_group'];
const TIME_NAMES = ['interval_start', 'interval_end'];

function indicesWithout(keys: readonly KeyColumn[], drop: readonly string[]): number[] {
  return keys.flatMap((k, i) => (drop.includes(k.name) ? [] : [i]));
}

/** The levels over key columns of `sizes` codes each (numeric ids: no string per row and level). */
function makeLevels(keys: readonly KeyColumn[], sizes: readonly number[]): Levels {
  const hasProject = keys.some((k) => k.name === 'project');
  const level = (indices: number[]) => new LevelSums(indices, sizes);
  return {
    fine: level(keys.map((_, i) => i)),
    parent: level(indicesWithout(keys, OUTCOME_KEYS)),
    orgFine: hasProject ? level(indicesWithout(keys, ['project'])) : null,
    orgParent: hasProject ? level(indicesWithout(keys, [...OUTCOME_KEYS, 'project'])) : null,
  };
}

/** The columns read once per group: keys, outcome, unit (or category), reason. */
function blockNames(names: readonly string[], by: readonly string[], reasons: boolean): string[] {
  const keys = by.flatMap((n) =>
    n === 'reason_group' ? ['outcome', 'reason'] : n === 'project' ? ['project', 'project_id'] : [n],
  );
  return [...keys, 'outcome', ...(reasons ? ['reason'] : []), names.includes('unit') ? 'unit' : 'category'];
}

function timeCodes(table: ColumnTable, grid: TableGrid, interval: string, timeZone: string): TimeCodes {
  checkInterval(interval);
  const names = table.columnNames();
  const [starts, ends] = TIME_NAMES.map((name) => {
    if (!names.includes(name)) {
      throw new SentryOfflineError(
        'report.noTimeColumns',
        `cannot split by time: the table has no "${name}" (have: ${names.join(', ')}); stats-summary tables have no time`,
        { details: { have: names } },
      );
    }
    return grid.step(name) ?? grid.block(name);
  });
  return { ...bucketCodes(starts, ends, interval, timeZone), perStep: grid.step(TIME_NAMES[0]) !== null };
}

function unitValues(table: ColumnTable, grid: TableGrid): ArrayLike<unknown> {
  const names = table.columnNames();
  if (names.includes('unit')) return grid.block('unit');
  const categories = names.includes('category') ? grid.block('category') : [];
  return Array.from({ length: grid.blocks }, (_, i) =>
    quantityUnit((categories[i] ?? null) as string | null),
  );
}

/** The role of each block's outcome (as in ROLE_INDEX), and the first block without an outcome (-1: none). */
function roleCodes(
  outcomes: ArrayLike<unknown>,
  blocks: number,
  def: DropDefinition,
): { codes: Int32Array; missing: number } {
  const { codes, values } = dictionaryCodes(outcomes);
  const roles = values.map((v) => (v === null ? -1 : ROLE_INDEX[outcomeRole(def, String(v))]));
  const out = new Int32Array(blocks);
  let missing = outcomes.length < blocks ? outcomes.length : -1;
  for (let b = 0; b < codes.length; b++) {
    const role = roles[codes[b]];
    if (role < 0 && (missing < 0 || b < missing)) missing = b;
    out[b] = Math.max(role, 0);
  }
  return { codes: out, missing };
}

/** Throws the error of the first row, in row order, that has no outcome or does not fit in its bucket. */
function checkRows(grid: TableGrid, missing: number, time: TimeCodes | null, input: DropLevelsInput): void {
  if (grid.blocks === 0 || grid.steps === 0) return;
  const noOutcome = missing < 0 ? Infinity : missing * grid.steps;
  const late = time?.misaligned ?? null;
  const misaligned = late === null ? Infinity : time!.perStep ? late.item : late.item * grid.steps;
  if (noOutcome === Infinity && misaligned === Infinity) return;
  if (noOutcome <= misaligned) {
    throw new SentryOfflineError(
      'report.noOutcome',
      `row ${noOutcome} has no outcome: drop rates need a response grouped by outcome (groupBy=outcome)`,
      { details: { row: noOutcome } },
    );
  }
  throw misalignedError(misaligned, late!.start, late!.end, input.interval!, input.timeZone);
}

const dimension = ({ codes, values }: DictionaryCodes): CodeDimension => ({ codes, size: values.length });

/** What each block is coded by: its keys, role, unit, raw reason (when kept) and time bucket (when any). */
interface BlockCodes {
  keys: DictionaryCodes[];
  roles: Int32Array;
  units: DictionaryCodes;
  reasons: DictionaryCodes | null;
  time: TimeCodes | null;
}

/** Numbers each block's cell and sums the rows into cells × buckets. */
function sumBlocks(grid: TableGrid, codes: BlockCodes, values: ArrayLike<number | null>) {
  const { time } = codes;
  const cells = combineCodes(
    [
      ...codes.keys.map(dimension),
      dimension(codes.units),
      ...(codes.reasons ? [dimension(codes.reasons)] : []),
      // without a grid the bucket is one more key of a block (row); on a grid it is the step's
      ...(time !== null && !time.perStep ? [{ codes: time.codes, size: time.starts.length }] : []),
    ],
    grid.blocks,
  );
  const stepBuckets = time?.perStep ? time.codes : null;
  const bucketCount = stepBuckets ? time!.starts.length : 1;
  const layout = {
    steps: grid.steps,
    cells: cells.ids,
    cellCount: cells.count,
    roles: codes.roles,
    stepBuckets,
    bucketCount,
  };
  return { cells, bucketCount, ...sumCells(values, layout) };
}

/** Adds each cell × bucket that had rows into every level, as one row of its summed values (one per role). */
function addCells(levels: Levels, codes: BlockCodes, summed: ReturnType<typeof sumBlocks>): void {
  const { cells, bucketCount, sums, seen } = summed;
  const { time, reasons } = codes;
  const roleSums = [0, 0, 0, 0];
  for (let c = 0; c < cells.count; c++) {
    const b = cells.first[c];
    const keyCodes = codes.keys.map((d) => d.codes[b]);
    const row = codes.keys.map((d, k) => d.values[keyCodes[k]]);
    const unit = codes.units.values[codes.units.codes[b]] as string | null;
    const reason = reasons ? (reasons.values[reasons.codes[b]] as string | null) : null;
    for (let j = 0; j < bucketCount; j++) {
      const cell = c * bucketCount + j;
      if (!seen[cell]) continue;
      const bucket = time === null ? -1 : time.starts[time.perStep ? j : time.codes[b]];
      for (let r = 0; r < ROLES; r++) roleSums[r] = sums[cell * ROLES + r];
      levels.fine.add(keyCodes, row, bucket, unit, roleSums, reason);
      levels.parent.add(keyCodes, row, bucket, unit, roleSums);
      levels.orgFine?.add(keyCodes, row, bucket, unit, roleSums);
      levels.orgParent?.add(keyCodes, row, bucket, unit, roleSums);
    }
  }
}

/**
 * Sums a tidy stats table into the levels of a drop-rate report. The rows are summed in one typed-array loop by
 * cell (keys, role, unit, raw reason and, without a grid, bucket, as one small integer) and bucket; only the
 * distinct cells then go through the keyed {@link LevelSums}. Tables of `tidyStatsV2` are read per group and
 * interval instead of per row (see {@link tableGrid}).
 * @param table a tidy stats table
 * @param input the resolved options of `dropRates`
 */
export function dropLevels(table: ColumnTable, input: DropLevelsInput): DropLevels {
  const { by, def, value, reasons, interval, timeZone } = input;
  const names = table.columnNames();
  const grid = tableGrid(table, blockNames(names, by, reasons), interval === undefined ? [] : TIME_NAMES);
  const keys = keyColumns(table, by, { read: grid.block, length: grid.blocks });
  const time = interval === undefined ? null : timeCodes(table, grid, interval, timeZone);
  const values = valueColumn(table, value, grid.rows);
  const roles = roleCodes(names.includes('outcome') ? grid.block('outcome') : [], grid.blocks, def);
  checkRows(grid, roles.missing, time, input);
  const codes: BlockCodes = {
    keys: keys.map((k) => dictionaryCodes(k.values)),
    roles: roles.codes,
    units: dictionaryCodes(unitValues(table, grid)),
    reasons: reasons ? dictionaryCodes(grid.block('reason')) : null,
    time,
  };
  const levels = makeLevels(
    keys,
    codes.keys.map((d) => d.values.length),
  );
  addCells(levels, codes, sumBlocks(grid, codes, values));
  const buckets = time && new Map(time.starts.map((start, i) => [start, time.ends[i]]));
  return { keys, levels, buckets };
}
