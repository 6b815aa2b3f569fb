import { Option } from 'commander';

/** The formats a table can be written in (see `writeTable`). */
export const TABLE_FORMATS = ['csv', 'json', 'ndjson', 'md', 'table', 'parquet', 'arrow'] as const;

/**
 * A table output format: `csv`, `json` (array of row objects), `ndjson`, `md` (Markdown), `table` (terminal), or the
 * binary `parquet` and `arrow` (Arrow IPC file), which `writeBinaryTable` writes to a file.
 */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * The `--format` option of a command that writes a table, limited to `formats` (an unknown value is a usage
 * error, exit code 2).
 * @param formats the formats the command offers, in the order shown in help
 * @param defaultFormat the format used when none is given
 * @example
 * program.command('drops').addOption(formatOption(['table', 'csv', 'json', 'md'], 'table'));
 */
export function formatOption(formats: readonly TableFormat[], defaultFormat: TableFormat): Option {
  return new Option('--format <format>', 'output format').choices(formats).default(defaultFormat);
}
